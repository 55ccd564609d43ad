using System.Net;
using SocialCare.Load.OpenLoop;

namespace SocialCare.Load.Tests.OpenLoop;

public class OpenLoopRunnerTests
{
    [Test]
    public async Task A_stall_is_counted_for_every_request_scheduled_during_it()
    {
        // 50 requests due over 0.5 s, 10 ms apart; the server answers none until the last has been sent. An open loop
        // sends them all on time, so request i waits at least until request 49 was due, (49 - i) × 10 ms after its
        // own due time: more than 200 ms for the first 29, whatever the machine's load (which only adds to the
        // wait). A closed loop would have sent only the first, and the server would never answer.
        using var handler = new StallingHandler(releaseAfter: 50);
        using var http = new HttpClient(handler);
        var options = new OpenLoopOptions
        {
            Url = new Uri("http://127.0.0.1:9/"),
            Rate = 100,
            Duration = TimeSpan.FromMilliseconds(500),
            Warmup = TimeSpan.Zero,
        };

        var result = await new OpenLoopRunner(http, options).RunAsync();

        Assert.That((result.Requests, result.Successes, handler.Calls), Is.EqualTo((50, 50, 50)));
        Assert.That(result.Latency.P50, Is.GreaterThan(200));
    }

    /// <summary>Answers no request until <c>releaseAfter</c> have arrived; a bound stops a test whose requests never all come.</summary>
    private sealed class StallingHandler(int releaseAfter) : HttpMessageHandler
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _calls) == releaseAfter)
            {
                _released.TrySetResult();
            }

            await _released.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") };
        }
    }
}

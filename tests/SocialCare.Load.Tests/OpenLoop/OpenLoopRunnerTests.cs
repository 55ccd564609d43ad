using System.Net;
using SocialCare.Load.OpenLoop;

namespace SocialCare.Load.Tests.OpenLoop;

public class OpenLoopRunnerTests
{
    [Test]
    public async Task A_stall_is_counted_for_every_request_scheduled_during_it()
    {
        // 50 requests due over 0.5 s; the server answers none before 0.5 s. An open loop sends them all on time and
        // each waits (0.5 s - its due time): the median is about 250 ms. A closed loop would have sent only the first.
        using var handler = new StallingHandler(TimeSpan.FromMilliseconds(500));
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

    private sealed class StallingHandler(TimeSpan stall) : HttpMessageHandler
    {
        private readonly Task _released = Task.Delay(stall);
        private int _calls;

        public int Calls => _calls;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            await _released.WaitAsync(cancellationToken);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{}") };
        }
    }
}

using System.Diagnostics;

namespace SocialCare.Load.OpenLoop;

/// <summary>
/// Sends request i at <c>start + i / rate</c> on a thread of its own that never waits for a response, and measures
/// each from that scheduled time. A closed loop (wrk, or awaiting before sending the next) sends less while the
/// server stalls and so leaves the stall out of its figures: coordinated omission. This loop cannot.
/// </summary>
public sealed class OpenLoopRunner(HttpClient http, OpenLoopOptions options)
{
    private const int Error = -1;

    public async Task<OpenLoopResult> RunAsync()
    {
        var schedule = new FixedSchedule(options.Rate);
        var skip = schedule.CountWithin(options.Warmup);
        var total = skip + schedule.CountWithin(options.Duration);
        var latency = new long[total];
        var lag = new long[total];
        var status = new int[total];
        var finished = new long[total];
        var sends = new Task[total];

        var start = Stopwatch.GetTimestamp();
        var dispatcher = new Thread(() =>
        {
            for (var i = 0; i < total; i++)
            {
                var due = start + schedule.DueOffset(i);
                PreciseSleep.Until(due);
                lag[i] = Stopwatch.GetTimestamp() - due;
                sends[i] = SendAsync(i, due, latency, status, finished);
            }
        })
        { IsBackground = true, Name = "open-loop dispatcher", Priority = ThreadPriority.AboveNormal };
        dispatcher.Start();
        dispatcher.Join();
        await Task.WhenAll(sends).ConfigureAwait(false);

        var measured = Enumerable.Range(skip, total - skip).ToArray();
        var windowStart = start + schedule.DueOffset(skip);
        var windowEnd = measured.Length == 0 ? windowStart : measured.Max(i => finished[i]);
        var window = Stopwatch.GetElapsedTime(windowStart, windowEnd).TotalSeconds;
        return new OpenLoopResult(
            options.Label ?? options.Url.AbsolutePath,
            options.Url.ToString(),
            options.Rate,
            options.Duration.TotalSeconds,
            measured.Length,
            measured.Count(i => status[i] is >= 200 and < 300),
            measured.Count(i => status[i] is not Error and (< 200 or >= 300)),
            measured.Count(i => status[i] is Error),
            window > 0 ? measured.Count(i => status[i] is not Error) / window : 0,
            LatencySummary.Of(measured.Select(i => Milliseconds(latency[i]))),
            LatencySummary.Of(measured.Select(i => Milliseconds(lag[i]))));
    }

    private async Task SendAsync(int index, long due, long[] latency, int[] status, long[] finished)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, options.Url);
            foreach (var (name, value) in options.Headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
            await response.Content.CopyToAsync(Stream.Null).ConfigureAwait(false);
            status[index] = (int)response.StatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or IOException)
        {
            status[index] = Error;
        }

        finished[index] = Stopwatch.GetTimestamp();
        latency[index] = finished[index] - due;
    }

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}

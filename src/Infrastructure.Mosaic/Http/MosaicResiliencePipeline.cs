using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using SocialCare.Infrastructure.Mosaic.Configuration;
using SocialCare.Infrastructure.Mosaic.Telemetry;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>
/// One authority's resilience, outermost first: a limit on requests in flight (so one busy page cannot flood a
/// council), a total timeout inside the view's deadline, retries of GETs on transient failures and 429, the circuit
/// breaker (so a dead Mosaic answers in microseconds), and the timeout of each attempt. Waits between attempts, back-off
/// and <c>Retry-After</c> alike, are at most half a second (or one attempt, if shorter): a lookup is at least two
/// requests in a row, and both must fit in the view's deadline.
/// </summary>
internal static class MosaicResiliencePipeline
{
    /// <summary>
    /// Requests that wait for one of the <c>MaxConcurrency</c> places. Generous: a wait is bounded by its view's deadline
    /// anyway, and a queue that refuses would turn a busy moment into unavailable pages.
    /// </summary>
    internal const int QueueLimit = 1024;

    /// <summary>The longest wait between attempts, back-off or <c>Retry-After</c> alike, before the attempt's own cap.</summary>
    internal static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(500);

    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        MosaicAuthorityOptions authority,
        TimeSpan deadline,
        CircuitBreakerStateProvider circuit,
        TimeProvider time,
        MosaicConcurrencyQueues queues)
    {
        var longestWait = Wait(authority);
        builder.AddRateLimiter(queues.For(authority.Code, new ConcurrencyLimiterOptions
        {
            PermitLimit = authority.MaxConcurrency,
            QueueLimit = QueueLimit,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));
        builder.AddTimeout(TotalTimeout(authority, deadline));
        if (authority.Retries > 0)
        {
            var retry = new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = authority.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(50),
                MaxDelay = longestWait,
                ShouldRetryAfterHeader = true,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome, longestWait, time)),
            };
            retry.DisableForUnsafeHttpMethods();
            builder.AddRetry(retry);
        }

        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = authority.CircuitBreaker.FailureRatio,
            MinimumThroughput = authority.CircuitBreaker.MinimumThroughput,
            SamplingDuration = authority.CircuitBreaker.SamplingDuration,
            BreakDuration = authority.CircuitBreaker.BreakDuration,
            StateProvider = circuit,
            ShouldHandle = args => ValueTask.FromResult(IsFailure(args.Outcome, time)),
        });
        builder.AddTimeout(authority.AttemptTimeout);
    }

    /// <summary>Every attempt and the longest wait between each, capped by the view's deadline.</summary>
    internal static TimeSpan TotalTimeout(MosaicAuthorityOptions authority, TimeSpan deadline)
    {
        var total = (authority.AttemptTimeout * (authority.Retries + 1)) + (Wait(authority) * authority.Retries);
        return total < deadline ? total : deadline;
    }

    private static TimeSpan Wait(MosaicAuthorityOptions authority) =>
        authority.AttemptTimeout < LongestWait ? authority.AttemptTimeout : LongestWait;

    /// <summary>
    /// What counts against Mosaic's circuit: Mosaic not answering, or answering 5xx or 408. Not 429 (Mosaic is alive
    /// and says so), refused credentials, 4xx, an unreadable body, or the token endpoint (another service, whose
    /// failures <see cref="ClientCredentialsTokenSource"/> remembers itself). Judged on the pipeline's clock, like
    /// every other decision here, so that a test's clock governs it too.
    /// </summary>
    internal static bool IsFailure(Outcome<HttpResponseMessage> outcome, TimeProvider time) =>
        outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests && IsTransient(outcome, TimeSpan.Zero, time);

    /// <summary>
    /// A failure worth another attempt: no connection, a connection that broke mid-body, an attempt that timed out,
    /// 408, 5xx, and 429 unless Mosaic asks to wait longer than an attempt may take (then waiting would only spend
    /// the view's deadline). Refused credentials, 4xx and an unreadable body are not.
    /// </summary>
    internal static bool IsTransient(Outcome<HttpResponseMessage> outcome, TimeSpan longestWait, TimeProvider time)
    {
        if (outcome.Exception is { } exception)
        {
            return exception is HttpRequestException or IOException or TimeoutRejectedException;
        }

        if (outcome.Result is not { } response)
        {
            return false;
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return RetryAfter(response, time) is not { } wait || wait <= longestWait;
        }

        return response.StatusCode == HttpStatusCode.RequestTimeout || (int)response.StatusCode >= 500;
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => null,
        };
}

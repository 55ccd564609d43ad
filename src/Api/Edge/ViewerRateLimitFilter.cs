using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCare.Api.Answers;
using SocialCare.Api.Configuration;
using SocialCare.Api.Errors;
using SocialCare.Application.Abstractions;

namespace SocialCare.Api.Edge;

/// <summary>
/// The per-viewer rate limit, once the viewer is known (so <c>400</c>, <c>401</c> and <c>405</c> take no permit):
/// one permit of the <see cref="ViewerRateLimiting"/> seam, partitioned by viewer id and acquired asynchronously only.
/// Refused, it is 429 <c>social-care.rate-limited</c> with <c>Retry-After</c> (the lease's own retry-after, else one
/// refill period), logged as event 3002 without any id. It runs inside SocialCare's routes rather than through the
/// host's rate-limiting middleware, so it holds whether or not the host calls <c>UseRateLimiter</c>, and the 429 is
/// SocialCare's own problem or page.
/// </summary>
internal sealed partial class ViewerRateLimitFilter(
    EdgeRequest edge,
    [FromKeyedServices(ViewerRateLimiting.ServiceKey)] PartitionedRateLimiter<string> limiter,
    IOptions<SocialCareApiOptions> options,
    ErrorAnswers answers,
    EdgeTelemetry telemetry,
    ILogger<ViewerRateLimitFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);

        // Held while the endpoint runs, so that a limiter that counts requests in flight counts this one.
        using var lease = await limiter.AcquireAsync(edge.Viewer.Value, 1, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (lease.IsAcquired)
        {
            return await next(context).ConfigureAwait(false);
        }

        LogRateLimited(logger, edge.Surface);
        telemetry.RateLimited(edge.Surface);
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? wait
            : InMemoryViewerRateLimiter.RefillPeriod(options.Value.RateLimit);
        return answers.For(new RateLimitedError(retryAfter), edge);
    }

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "A viewer reached the rate limit on the {Surface}; answered rate-limited")]
    private static partial void LogRateLimited(ILogger logger, Surface surface);
}

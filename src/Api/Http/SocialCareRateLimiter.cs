using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using SocialCare.Api.Configuration;

namespace SocialCare.Api.Http;

/// <summary>
/// <c>SocialCare:RateLimit:PermitsPerMinute</c> per viewer, across the view, the tab and the page. It is the
/// limiter ASP.NET Core's rate-limiting middleware runs (System.Threading.RateLimiting, a fixed window per viewer),
/// applied inside SocialCare's endpoints so that it holds whether or not the host calls <c>UseRateLimiter</c>, and
/// so that the 429 is SocialCare's own problem with its headers.
/// </summary>
internal sealed class SocialCareRateLimiter : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _limiter;

    public SocialCareRateLimiter(IOptions<SocialCareApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var permits = options.Value.RateLimit.PermitsPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(
            viewer => RateLimitPartition.GetFixedWindowLimiter(viewer, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = Window,
                QueueLimit = 0,
                AutoReplenishment = true,
            }),
            StringComparer.Ordinal);
    }

    /// <summary>Takes one permit for <paramref name="viewerId"/>; when none is left, says how long to wait.</summary>
    public bool TryAcquire(string viewerId, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(viewerId);
        retryAfter = lease.IsAcquired ? TimeSpan.Zero
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : Window;
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}

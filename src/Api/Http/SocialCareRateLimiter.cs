using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using SocialCare.Api.Configuration;

namespace SocialCare.Api.Http;

/// <summary>
/// <c>SocialCare:RateLimit:PermitsPerMinute</c> per viewer, across the view, the tab and the page. It is the
/// limiter ASP.NET Core's rate-limiting middleware runs (System.Threading.RateLimiting: a token bucket per viewer that
/// holds a minute's permits and refills one at a time, so <c>Retry-After</c> is the real wait, not a window's length),
/// applied inside SocialCare's endpoints so that it holds whether or not the host calls <c>UseRateLimiter</c>, and
/// so that the 429 is SocialCare's own problem with its headers.
/// </summary>
internal sealed class SocialCareRateLimiter : IDisposable
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly TimeSpan _refill;

    public SocialCareRateLimiter(IOptions<SocialCareApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var permits = options.Value.RateLimit.PermitsPerMinute;
        var refill = _refill = Minute / permits;
        _limiter = PartitionedRateLimiter.Create<string, string>(
            viewer => RateLimitPartition.GetTokenBucketLimiter(viewer, _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = permits,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = refill,
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
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : _refill;
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}

using System.Threading.RateLimiting;
using SocialCare.Api.Configuration;
using SocialCare.Application.Abstractions;

namespace SocialCare.Api.Edge;

/// <summary>
/// The default of the <see cref="ViewerRateLimiting"/> seam, in this process's memory: a token bucket per viewer id
/// (compared ordinally) that holds <c>SocialCare:RateLimit:PermitsPerMinute</c> permits and refills one every
/// <see cref="RefillPeriod"/>, with no queue. It is the limiter ASP.NET Core's rate-limiting middleware runs
/// (System.Threading.RateLimiting); refilled one permit at a time, its <c>Retry-After</c> is the real wait for the
/// next permit, not a window's length.
/// </summary>
internal static class InMemoryViewerRateLimiter
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>How often a viewer regains one permit: a minute divided by <c>PermitsPerMinute</c>.</summary>
    public static TimeSpan RefillPeriod(RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Minute / options.PermitsPerMinute;
    }

    public static PartitionedRateLimiter<string> Create(RateLimitOptions options)
    {
        var permits = options.PermitsPerMinute;
        var refill = RefillPeriod(options);
        return PartitionedRateLimiter.Create<string, string>(
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
}

namespace SocialCare.Application.Abstractions;

/// <summary>
/// The seam of the per-viewer rate limit (<c>SocialCare:RateLimit</c>): a
/// <c>System.Threading.RateLimiting.PartitionedRateLimiter&lt;string&gt;</c>, partitioned
/// by the viewer's id, registered as a keyed singleton under <see cref="ServiceKey"/>. The API registers an in-memory
/// token bucket per viewer if nothing else is registered; a host or a package (a limiter shared by several instances,
/// say) registers its own under the same key, before or after <c>AddSocialCare</c>.
/// </summary>
/// <remarks>
/// The API takes one permit per request once the viewer is known, with <c>AcquireAsync</c> only (a limiter backed by
/// a network may block in the synchronous path), and holds the lease until the answer is written. A refused lease
/// answers <c>social-care.rate-limited</c> (429); its <c>RetryAfter</c> metadata, when present, is the
/// <c>Retry-After</c> header, otherwise one refill period of <c>PermitsPerMinute</c>. The limiter is the host's to
/// dispose when the host registered an instance; one registered by type or factory is disposed with the container.
/// </remarks>
/// <example><c>services.AddKeyedSingleton&lt;PartitionedRateLimiter&lt;string&gt;&gt;(ViewerRateLimiting.ServiceKey, myLimiter);</c></example>
public static class ViewerRateLimiting
{
    /// <summary>The key of the keyed singleton <c>PartitionedRateLimiter&lt;string&gt;</c>.</summary>
    public const string ServiceKey = "SocialCare.ViewerRateLimit";
}

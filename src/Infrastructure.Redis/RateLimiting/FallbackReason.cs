namespace SocialCare.Infrastructure.Redis.RateLimiting;

/// <summary>Why a permit was counted in this instance's memory: the closed set of the fallback counter's reason tag.</summary>
internal static class FallbackReason
{
    /// <summary>Redis took longer than <c>RedisTimeout</c>.</summary>
    public const string Timeout = "timeout";

    /// <summary>No connection to Redis (refused, dropped, not yet made).</summary>
    public const string Unreachable = "unreachable";

    /// <summary>Redis answered with an error (loading, out of memory, a script error).</summary>
    public const string Error = "error";
}

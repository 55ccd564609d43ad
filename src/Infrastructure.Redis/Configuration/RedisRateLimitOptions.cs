namespace SocialCare.Infrastructure.Redis.Configuration;

/// <summary>
/// Section <c>SocialCare:RateLimit</c> as the shared limiter reads it (spec §5): the same <c>PermitsPerMinute</c> the
/// API's in-memory default reads, the Redis that every instance shares, and how long a permit may wait for it.
/// </summary>
internal sealed class RedisRateLimitOptions
{
    public const string SectionName = "SocialCare:RateLimit";

    /// <summary>The API's default and bound (<c>SocialCare.Api.Configuration.RateLimitOptions</c>), which this layer cannot see.</summary>
    public const int DefaultPermitsPerMinute = 120;

    public const int MaxPermitsPerMinute = 100_000;

    public static readonly TimeSpan DefaultRedisTimeout = TimeSpan.FromMilliseconds(250);

    /// <summary>The longest <see cref="RedisTimeout"/>: a permit is asked for before every view, inside no deadline.</summary>
    public static readonly TimeSpan MaxRedisTimeout = TimeSpan.FromSeconds(2);

    /// <summary>A StackExchange.Redis connection string; it may hold a password, so it is never logged or repeated.</summary>
    public string? Redis { get; set; }

    /// <summary>How long one permit waits for Redis before this instance counts it in its own memory.</summary>
    public TimeSpan RedisTimeout { get; set; } = DefaultRedisTimeout;

    public int PermitsPerMinute { get; set; } = DefaultPermitsPerMinute;

    /// <summary>How often a viewer regains one permit: a minute divided by <see cref="PermitsPerMinute"/>.</summary>
    public TimeSpan RefillPeriod => TimeSpan.FromMinutes(1) / PermitsPerMinute;
}

using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Redis.Configuration;
using SocialCare.Infrastructure.Redis.RateLimiting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The shared rate limit's entry point: the per-viewer limit counted on Redis, for a host with several instances.</summary>
public static class SocialCareRedisServiceCollectionExtensions
{
    /// <summary>
    /// Makes the per-viewer rate limit (<see cref="ViewerRateLimiting"/>) one count shared by every instance, on the
    /// Redis of <c>SocialCare:RateLimit:Redis</c> (a StackExchange.Redis connection string, required), replacing the
    /// in-memory default whether it is called before or after <c>AddSocialCare</c>. Reads <c>PermitsPerMinute</c>
    /// (default 120) and <c>RedisTimeout</c> (default 250 ms, at most 2 s) from the same section, validated at
    /// start-up. When Redis is slower than <c>RedisTimeout</c> or unreachable, each instance counts in its own memory
    /// (fails open) and says so in its log (event 1701, then 1702 when Redis answers again) and on the meter
    /// <c>SocialCare</c> (<c>socialcare.ratelimit.fallback</c>). Calling it twice changes nothing.
    /// </summary>
    public static IServiceCollection AddSocialCareRedisRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(s => s.ServiceType == typeof(RedisConnection)))
        {
            return services;
        }

        services.AddOptions<RedisRateLimitOptions>()
            .Bind(configuration.GetSection(RedisRateLimitOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisRateLimitOptions>, RedisRateLimitOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<RedisConnection>();
        services.AddSingleton<RateLimitTelemetry>();
        services.RemoveAllKeyed<PartitionedRateLimiter<string>>(ViewerRateLimiting.ServiceKey);
        services.AddKeyedSingleton<PartitionedRateLimiter<string>>(
            ViewerRateLimiting.ServiceKey,
            (provider, _) => ActivatorUtilities.CreateInstance<RedisViewerRateLimiter>(provider));
        return services;
    }
}

using System.Diagnostics.Metrics;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Testing;
using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Redis.RateLimiting;
using StackExchange.Redis;

namespace SocialCare.Infrastructure.Redis.Tests.Support;

/// <summary>
/// One instance of a host as far as the rate limit goes: its own container, wired by
/// <c>AddSocialCareRedisRateLimit</c> from configuration, with its own connection to Redis, its log and its fallback
/// counter. Two of them on one Redis are two instances behind a load balancer.
/// </summary>
internal sealed class LimiterInstance : IAsyncDisposable
{
    /// <summary>Long enough that a Redis that is there answers in time on a busy machine; the slow-Redis test sets its own.</summary>
    public static readonly TimeSpan PatientTimeout = TimeSpan.FromSeconds(2);

    /// <summary>A bound on a hang, not a measure.</summary>
    private static readonly TimeSpan ConnectBound = TimeSpan.FromSeconds(60);

    private readonly ServiceProvider _provider;
    private readonly MetricCollector<long> _fallbacks;

    private LimiterInstance(ServiceProvider provider)
    {
        _provider = provider;
        Limiter = provider.GetRequiredKeyedService<PartitionedRateLimiter<string>>(ViewerRateLimiting.ServiceKey);
        Logs = provider.GetFakeLogCollector();
        _fallbacks = new MetricCollector<long>(provider.GetRequiredService<IMeterFactory>(), RateLimitTelemetry.MeterName, RateLimitTelemetry.FallbackInstrument);
    }

    public PartitionedRateLimiter<string> Limiter { get; }

    public FakeLogCollector Logs { get; }

    public static LimiterInstance Create(string redis, int permitsPerMinute, TimeSpan? redisTimeout = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SocialCare:RateLimit:Redis"] = redis,
            ["SocialCare:RateLimit:PermitsPerMinute"] = permitsPerMinute.ToString(CultureInfo.InvariantCulture),
            ["SocialCare:RateLimit:RedisTimeout"] = (redisTimeout ?? PatientTimeout).ToString("c", CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        services.AddFakeLogging();
        services.AddSocialCareRedisRateLimit(configuration);
        return new LimiterInstance(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    /// <summary>Waits until this instance's connection to Redis is up, so that a test's first permit does not race the connect.</summary>
    public async Task ConnectedAsync()
    {
        var multiplexer = await _provider.GetRequiredService<RedisConnection>().GetAsync();
        var bound = DateTime.UtcNow + ConnectBound;
        while (!multiplexer.IsConnected)
        {
            Assert.That(DateTime.UtcNow, Is.LessThan(bound), "the limiter did not connect to Redis");
            await Task.Delay(50);
        }

        await multiplexer.GetDatabase().PingAsync();
    }

    public async Task<bool> AcquireAsync(string viewer)
    {
        using var lease = await Limiter.AcquireAsync(viewer);
        return lease.IsAcquired;
    }

    /// <summary>Permits counted in this instance's memory because Redis was away, by reason.</summary>
    public IReadOnlyList<string> FallbackReasons() =>
        [.. _fallbacks.GetMeasurementSnapshot().SelectMany(m => Enumerable.Repeat((string)m.Tags[RateLimitTelemetry.ReasonTag]!, (int)m.Value))];

    /// <summary>Log records of one event id.</summary>
    public IReadOnlyList<FakeLogRecord> Events(int eventId) => [.. Logs.GetSnapshot().Where(r => r.Id.Id == eventId)];

    public async ValueTask DisposeAsync()
    {
        _fallbacks.Dispose();
        await _provider.DisposeAsync();
    }
}

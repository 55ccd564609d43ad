using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Redis.Configuration;
using SocialCare.Infrastructure.Redis.RateLimiting;
using StackExchange.Redis;

namespace SocialCare.Infrastructure.Redis.Tests.RateLimiting;

/// <summary>
/// <c>AddSocialCareRedisRateLimit</c>: it replaces the in-memory seam, its settings are validated at start-up with a
/// message naming the key (never repeating the connection string, which may hold a password), and the connection it
/// makes fails fast instead of queueing behind an outage. No Redis needed.
/// </summary>
public class RegistrationTests
{
    [Test]
    public void The_seam_becomes_the_Redis_limiter_whether_registered_before_or_after_the_default()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        using var placeholder = PartitionedRateLimiter.Create<string, string>(_ => RateLimitPartition.GetNoLimiter(string.Empty));
        services.AddKeyedSingleton(ViewerRateLimiting.ServiceKey, placeholder);

        services.AddSocialCareRedisRateLimit(Configuration(("Redis", "127.0.0.1:6379")));
        services.AddSocialCareRedisRateLimit(Configuration(("Redis", "127.0.0.1:6379")));

        using var provider = services.BuildServiceProvider();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(services.Count(s => s.ServiceType == typeof(PartitionedRateLimiter<string>) && Equals(s.ServiceKey, ViewerRateLimiting.ServiceKey)), Is.EqualTo(1));
            Assert.That(provider.GetRequiredKeyedService<PartitionedRateLimiter<string>>(ViewerRateLimiting.ServiceKey), Is.TypeOf<RedisViewerRateLimiter>());
        }
    }

    [Test]
    public void RedisTimeout_is_250_ms_unless_set()
    {
        using var provider = Provider(("Redis", "127.0.0.1:6379"));

        var options = provider.GetRequiredService<IOptions<RedisRateLimitOptions>>().Value;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(options.RedisTimeout, Is.EqualTo(TimeSpan.FromMilliseconds(250)));
            Assert.That(options.PermitsPerMinute, Is.EqualTo(120));
        }
    }

    [Test]
    public void A_missing_connection_string_stops_the_host_naming_the_key()
    {
        using var provider = Provider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(failure!.Message, Does.Contain("SocialCare:RateLimit:Redis is required"));
    }

    [Test]
    public void An_invalid_connection_string_is_refused_without_repeating_it()
    {
        using var provider = Provider(("Redis", "127.0.0.1:6379,password=hunter2-secret,notAnOption=1"));

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure!.Message, Does.Contain("SocialCare:RateLimit:Redis is not a valid StackExchange.Redis connection string"));
            Assert.That(failure.Message, Does.Not.Contain("hunter2"));
        }
    }

    [TestCase("00:00:00")]
    [TestCase("-00:00:01")]
    [TestCase("00:00:02.001")]
    public void A_RedisTimeout_out_of_range_stops_the_host_naming_the_key(string timeout)
    {
        using var provider = Provider(("Redis", "127.0.0.1:6379"), ("RedisTimeout", timeout));

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(failure!.Message, Does.Contain("SocialCare:RateLimit:RedisTimeout must be greater than zero and at most 00:00:02"));
    }

    [TestCase(0)]
    [TestCase(100_001)]
    public void PermitsPerMinute_out_of_range_stops_the_host_naming_the_key(int permits)
    {
        using var provider = Provider(("Redis", "127.0.0.1:6379"), ("PermitsPerMinute", permits.ToString(CultureInfo.InvariantCulture)));

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(failure!.Message, Does.Contain("SocialCare:RateLimit:PermitsPerMinute must be between 1 and 100000"));
    }

    [Test]
    public void The_connection_fails_fast_while_Redis_is_away_and_keeps_reconnecting()
    {
        var configuration = RedisConnection.Configure("redis.internal:6380,password=p");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(configuration.BacklogPolicy, Is.SameAs(BacklogPolicy.FailFast));
            Assert.That(configuration.AbortOnConnectFail, Is.False);
            Assert.That(configuration.Password, Is.EqualTo("p"));
            Assert.That(configuration.EndPoints, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public void The_synchronous_path_is_refused_because_it_would_block_on_the_network()
    {
        using var provider = Provider(("Redis", "127.0.0.1:6379"));
        var limiter = provider.GetRequiredKeyedService<PartitionedRateLimiter<string>>(ViewerRateLimiting.ServiceKey);

        Assert.Throws<NotSupportedException>(() => limiter.AttemptAcquire("viewer"));
    }

    private static ServiceProvider Provider(params (string Key, string Value)[] settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSocialCareRedisRateLimit(Configuration(settings));
        return services.BuildServiceProvider();
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>($"SocialCare:RateLimit:{s.Key}", s.Value)))
            .Build();
}

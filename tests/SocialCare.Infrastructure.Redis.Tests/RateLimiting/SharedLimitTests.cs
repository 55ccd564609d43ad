using System.Diagnostics;
using System.Threading.RateLimiting;
using SocialCare.Infrastructure.Redis.Configuration;
using SocialCare.Infrastructure.Redis.RateLimiting;
using SocialCare.Infrastructure.Redis.Tests.Support;
using SocialCare.TestServers;

namespace SocialCare.Infrastructure.Redis.Tests.RateLimiting;

/// <summary>
/// Two instances on one real Redis hold one viewer to one count: the permits are shared, not doubled. The same harness
/// over two in-memory limiters admits about twice as many, so these tests cannot pass without Redis.
/// </summary>
public class SharedLimitTests
{
    private const int Permits = 10;

    /// <summary>More than both instances' buckets together, so a doubled limit would show.</summary>
    private const int Attempts = 3 * Permits;

    private static readonly TimeSpan RefillPeriod = TimeSpan.FromMinutes(1) / Permits;

    private RedisServer _redis = null!;
    private LimiterInstance _first = null!;
    private LimiterInstance _second = null!;

    [OneTimeSetUp]
    public async Task StartRedisAndTwoInstances()
    {
        _redis = await RedisServer.StartAsync();
        _first = LimiterInstance.Create(_redis.ConnectionString, Permits);
        _second = LimiterInstance.Create(_redis.ConnectionString, Permits);
        await _first.ConnectedAsync();
        await _second.ConnectedAsync();
    }

    [OneTimeTearDown]
    public async Task StopThem()
    {
        if (_first is not null)
        {
            await _first.DisposeAsync();
        }

        if (_second is not null)
        {
            await _second.DisposeAsync();
        }

        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    [Test]
    public async Task One_viewer_spread_over_two_instances_gets_the_configured_permits_in_total_not_double()
    {
        var viewer = NewViewer();

        var (admitted, refills) = await AlternateAsync(_first.Limiter, _second.Limiter, viewer);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(_first.FallbackReasons().Concat(_second.FallbackReasons()), Is.Empty, "every permit was counted on Redis");
            Assert.That(admitted, Is.InRange(Permits, Permits + refills), $"{Attempts} attempts over two instances, {refills} refill(s) in the time they took");
            Assert.That(admitted, Is.LessThan(2 * Permits));
        }
    }

    [Test]
    public async Task Control_two_in_memory_limiters_admit_about_twice_the_permits()
    {
        var options = new RedisRateLimitOptions { Redis = _redis.ConnectionString, PermitsPerMinute = Permits };
        using var first = RedisViewerRateLimiter.InMemory(options);
        using var second = RedisViewerRateLimiter.InMemory(options);

        var (admitted, refills) = await AlternateAsync(first, second, NewViewer());

        Assert.That(admitted, Is.InRange(2 * Permits, (2 * Permits) + (2 * refills)));
    }

    [Test]
    public async Task A_refusal_says_when_to_retry_one_refill_period()
    {
        var viewer = NewViewer();
        for (var i = 0; i < Permits; i++)
        {
            await _first.AcquireAsync(viewer);
        }

        RateLimitLease? refused = null;
        for (var i = 0; i < Attempts && refused is null; i++)
        {
            var lease = await _second.Limiter.AcquireAsync(viewer);
            if (lease.IsAcquired)
            {
                lease.Dispose();
            }
            else
            {
                refused = lease;
            }
        }

        Assert.That(refused, Is.Not.Null, "the viewer was refused once the shared bucket was empty");
        using (refused)
        {
            Assert.That(refused!.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter), Is.True);
            Assert.That(retryAfter, Is.EqualTo(RefillPeriod));
        }
    }

    [Test]
    public async Task One_viewer_at_the_limit_does_not_hold_another()
    {
        var busy = NewViewer();
        var other = NewViewer();
        var (admitted, _) = await AlternateAsync(_first.Limiter, _second.Limiter, busy);
        Assert.That(admitted, Is.LessThan(Attempts), "the busy viewer reached the limit");

        var others = 0;
        for (var i = 0; i < Permits; i++)
        {
            others += await _second.AcquireAsync(other) ? 1 : 0;
        }

        Assert.That(others, Is.EqualTo(Permits));
    }

    [Test]
    public async Task Redis_holds_a_hash_of_the_viewer_never_the_viewer_id()
    {
        var viewer = NewViewer();

        await _first.AcquireAsync(viewer);

        var keys = await _redis.KeysAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(keys, Does.Contain(ViewerKey.RedisKey(viewer)));
            Assert.That(keys, Has.None.Contains(viewer));
        }
    }

    /// <summary>A viewer id unique to the test, shaped like a person's identifier so that a leak would be visible.</summary>
    private static string NewViewer() => "viewer-" + Guid.NewGuid().ToString("N");

    /// <summary>
    /// The harness both runs share: <see cref="Attempts"/> permits asked for in turn from two limiters, counting the
    /// admitted, and how many refills the time taken allows (the bucket regains one permit per refill period).
    /// </summary>
    private static async Task<(int Admitted, int Refills)> AlternateAsync(PartitionedRateLimiter<string> first, PartitionedRateLimiter<string> second, string viewer)
    {
        var took = Stopwatch.StartNew();
        var admitted = 0;
        for (var i = 0; i < Attempts; i++)
        {
            using var lease = await (i % 2 == 0 ? first : second).AcquireAsync(viewer);
            admitted += lease.IsAcquired ? 1 : 0;
        }

        return (admitted, (int)Math.Ceiling(took.Elapsed / RefillPeriod));
    }
}

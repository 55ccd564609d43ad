using System.Threading.RateLimiting;
using SocialCare.Api.Configuration;
using SocialCare.Api.Edge;

namespace SocialCare.Api.Tests.Edge;

public class InMemoryViewerRateLimiterTests
{
    [Test]
    public async Task Viewer_gets_a_minutes_permits_then_waits_for_the_next_one()
    {
        await using var limiter = Limiter(permitsPerMinute: 3);

        var granted = new List<bool>();
        for (var i = 0; i < 3; i++)
        {
            granted.Add(await AcquireAsync(limiter, "viewer-a"));
        }

        using var fourth = await limiter.AcquireAsync("viewer-a");

        Assert.That(granted, Is.All.True);
        Assert.That(fourth.IsAcquired, Is.False);
        Assert.That(fourth.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter), Is.True);
        Assert.That(retryAfter, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromSeconds(20)));
    }

    [Test]
    public async Task Permits_come_back_as_time_passes_not_all_at_once()
    {
        await using var limiter = Limiter(permitsPerMinute: 600);
        TimeSpan? retryAfter = null;
        while (retryAfter is null)
        {
            using var lease = await limiter.AcquireAsync("viewer-a");
            if (!lease.IsAcquired)
            {
                retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.MinValue;
            }
        }

        // The limiter refills on the machine's clock (System.Threading.RateLimiting takes no TimeProvider), so the
        // test waits for the first permit to come back, however long a busy machine takes, and then takes every
        // permit there is at that moment: one or a few, never the minute's 600 at once.
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!await AcquireAsync(limiter, "viewer-a"))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), bound.Token);
        }

        var regained = 1;
        while (await AcquireAsync(limiter, "viewer-a"))
        {
            regained++;
        }

        Assert.That(retryAfter, Is.EqualTo(TimeSpan.FromMilliseconds(100)), "one permit every 0.1 s, so the wait for the next is 0.1 s");
        Assert.That(regained, Is.LessThan(300), "a permit at a time, far from the full 600");
    }

    [Test]
    public async Task One_viewers_limit_does_not_hold_another()
    {
        await using var limiter = Limiter(permitsPerMinute: 1);
        await AcquireAsync(limiter, "viewer-a");

        Assert.That(await AcquireAsync(limiter, "viewer-a"), Is.False);
        Assert.That(await AcquireAsync(limiter, "viewer-b"), Is.True);
    }

    [Test]
    public async Task Viewer_ids_are_compared_exactly()
    {
        await using var limiter = Limiter(permitsPerMinute: 1);
        await AcquireAsync(limiter, "viewer-a");

        Assert.That(await AcquireAsync(limiter, "VIEWER-A"), Is.True);
    }

    [TestCase(120, 0.5)]
    [TestCase(3, 20)]
    [TestCase(1, 60)]
    public void Refill_period_is_a_minute_shared_by_the_permits(int permitsPerMinute, double seconds) =>
        Assert.That(InMemoryViewerRateLimiter.RefillPeriod(new RateLimitOptions { PermitsPerMinute = permitsPerMinute }), Is.EqualTo(TimeSpan.FromSeconds(seconds)));

    private static async Task<bool> AcquireAsync(PartitionedRateLimiter<string> limiter, string viewer)
    {
        using var lease = await limiter.AcquireAsync(viewer);
        return lease.IsAcquired;
    }

    private static PartitionedRateLimiter<string> Limiter(int permitsPerMinute) =>
        InMemoryViewerRateLimiter.Create(new RateLimitOptions { PermitsPerMinute = permitsPerMinute });
}

using Microsoft.Extensions.Options;
using SocialCare.Api.Configuration;
using SocialCare.Api.Http;

namespace SocialCare.Api.Tests.Http;

public class SocialCareRateLimiterTests
{
    [Test]
    public void Viewer_gets_a_minutes_permits_then_waits_for_the_next_one()
    {
        using var limiter = Limiter(permitsPerMinute: 3);

        var granted = Enumerable.Range(0, 3).Select(_ => limiter.TryAcquire("viewer-a", out TimeSpan _)).ToList();
        var fourth = limiter.TryAcquire("viewer-a", out var retryAfter);

        Assert.That(granted, Is.All.True);
        Assert.That(fourth, Is.False);
        Assert.That(retryAfter, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromSeconds(20)));
    }

    [Test]
    public async Task Permits_come_back_as_time_passes_not_all_at_once()
    {
        using var limiter = Limiter(permitsPerMinute: 600);
        while (limiter.TryAcquire("viewer-a", out TimeSpan _))
        {
        }

        limiter.TryAcquire("viewer-a", out var retryAfter);

        // The limiter refills on the machine's clock (System.Threading.RateLimiting takes no TimeProvider), so the
        // test waits for the first permit to come back, however long a busy machine takes, and then takes every
        // permit there is at that moment: one or a few, never the minute's 600 at once.
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!limiter.TryAcquire("viewer-a", out TimeSpan _))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), bound.Token);
        }

        var regained = 1;
        while (limiter.TryAcquire("viewer-a", out TimeSpan _))
        {
            regained++;
        }

        Assert.That(retryAfter, Is.EqualTo(TimeSpan.FromMilliseconds(100)), "one permit every 0.1 s, so the wait for the next is 0.1 s");
        Assert.That(regained, Is.LessThan(300), "a permit at a time, far from the full 600");
    }

    [Test]
    public void One_viewers_limit_does_not_hold_another()
    {
        using var limiter = Limiter(permitsPerMinute: 1);
        limiter.TryAcquire("viewer-a", out _);

        Assert.That(limiter.TryAcquire("viewer-a", out _), Is.False);
        Assert.That(limiter.TryAcquire("viewer-b", out _), Is.True);
    }

    [Test]
    public void Viewer_ids_are_compared_exactly() =>
        Assert.That(
            () =>
            {
                using var limiter = Limiter(permitsPerMinute: 1);
                limiter.TryAcquire("viewer-a", out _);
                return limiter.TryAcquire("VIEWER-A", out _);
            },
            Is.True);

    private static SocialCareRateLimiter Limiter(int permitsPerMinute) =>
        new(Options.Create(new SocialCareApiOptions { RateLimit = new() { PermitsPerMinute = permitsPerMinute } }));
}

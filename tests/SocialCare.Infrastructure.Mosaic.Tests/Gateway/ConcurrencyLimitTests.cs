using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Mosaic.Http;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;
using SocialCare.Mosaic.Sandbox.Faults;

namespace SocialCare.Infrastructure.Mosaic.Tests.Gateway;

/// <summary><c>MaxConcurrency</c>: however many views ask at once, no more requests than that are in flight to one council.</summary>
public class ConcurrencyLimitTests : SandboxFixture
{
    private const int Limit = 2;

    /// <remarks>
    /// Shown by what happens, not by waiting to see that nothing does: the first <see cref="Limit"/> attempts hang at
    /// Mosaic on a clock that stands still, so they hold their places; of the lookups beyond them, exactly the queue's
    /// <see cref="MosaicResiliencePipeline.QueueLimit"/> wait and the one after is refused at once. That refusal, the
    /// only lookup able to end before the clock moves, proves the places and the queue were full: with one place more
    /// nothing would be refused, with one fewer two would. Once the clock passes the attempt timeout the hanging two
    /// give up their places and every waiting lookup is answered.
    /// </remarks>
    [Test]
    public async Task Requests_beyond_the_limit_wait_for_a_place()
    {
        var time = await RestartOnATestClockAsync(s =>
        {
            s[GatewayHost.Key(Boroughs.Hammersmith, "MaxConcurrency")] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);
            s[GatewayHost.Key(Boroughs.Hammersmith, "Retries")] = "0";
        });
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.NotKnown).Within(); // the token, fetched once
        Sandbox.Requests.Clear();
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Hang, Authority = Boroughs.Hammersmith.Code.Value, Resource = SandboxResources.Persons, Times = Limit });

        var lookups = Enumerable.Range(0, Limit + MosaicResiliencePipeline.QueueLimit + 1)
            .Select(_ => Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.NotKnown))
            .ToList();
        var first = await await Task.WhenAny(lookups).WaitAsync(Eventually.Bound);
        await ArrivedAsync(SandboxResources.Persons, Limit);
        var inFlight = Arrived(SandboxResources.Persons);
        time.Advance(TestClockAttemptTimeout);
        var outcomes = await Task.WhenAll(lookups).Within();

        Assert.That(first, Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.RateLimited)), "the lookup past a full queue is refused at once");
        Assert.That(inFlight, Is.EqualTo(Limit));
        Assert.That(outcomes.Count(o => o == new MosaicLookup.Unavailable(UnavailableReason.Timeout)), Is.EqualTo(Limit), "the hanging ones time out");
        Assert.That(outcomes.Count(o => o == new MosaicLookup.Unavailable(UnavailableReason.RateLimited)), Is.EqualTo(1), "only the one past the queue is refused");
        Assert.That(outcomes.Count(o => o is MosaicLookup.NotFound), Is.EqualTo(MosaicResiliencePipeline.QueueLimit), "every lookup that waited is answered");
        Assert.That(Arrived(SandboxResources.Persons), Is.EqualTo(Limit + MosaicResiliencePipeline.QueueLimit));
    }
}

using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;
using SocialCare.Mosaic.Sandbox.Faults;

namespace SocialCare.Infrastructure.Mosaic.Tests.Gateway;

/// <summary><c>MaxConcurrency</c>: however many views ask at once, no more requests than that are in flight to one council.</summary>
public class ConcurrencyLimitTests : SandboxFixture
{
    [Test]
    public async Task Requests_beyond_the_limit_wait_for_a_place()
    {
        await RestartHostAsync(s =>
        {
            s[GatewayHost.Key(Boroughs.Hammersmith, "MaxConcurrency")] = "2";
            s[GatewayHost.Key(Boroughs.Hammersmith, "AttemptTimeout")] = "00:00:02";
        });
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Hang, Authority = "E09000013", Resource = SandboxResources.Persons });
        using var views = new CancellationTokenSource();

        var lookups = Enumerable.Range(0, 6).Select(_ => Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full, views.Token)).ToList();
        for (var waited = 0; Arrived() < 2 && waited < 100; waited++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        // Time for any request beyond the limit to arrive, had it been sent.
        await Task.Delay(TimeSpan.FromMilliseconds(300));
        var inFlight = Arrived();
        await views.CancelAsync();

        Assert.That(inFlight, Is.EqualTo(2));
        foreach (var lookup in lookups)
        {
            Assert.That(async () => await lookup, Throws.InstanceOf<OperationCanceledException>());
        }
    }

    private int Arrived() => Sandbox.Requests.Snapshot().Count(r => r.Resource == SandboxResources.Persons);
}

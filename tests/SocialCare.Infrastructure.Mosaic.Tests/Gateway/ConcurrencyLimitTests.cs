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
        await Task.Delay(TimeSpan.FromMilliseconds(400));
        var inFlight = Sandbox.Requests.Snapshot().Count(r => r.Resource == SandboxResources.Persons);
        await views.CancelAsync();

        Assert.That(inFlight, Is.EqualTo(2));
        foreach (var lookup in lookups)
        {
            Assert.That(async () => await lookup, Throws.InstanceOf<OperationCanceledException>());
        }
    }
}

using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Mosaic.Configuration;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;
using SocialCare.Mosaic.Sandbox.Faults;

namespace SocialCare.Infrastructure.Mosaic.Tests.Gateway;

/// <summary>
/// ADR 0011's arithmetic, measured: circuits are per instance, so a dead council receives
/// <c>MinimumThroughput</c> failed attempts from each of N instances (on the library's default breaker settings)
/// before every circuit is open, and nothing more while they stay open. The instances share one clock that stands
/// still, so every attempt falls inside one <c>SamplingDuration</c> however slow the machine.
/// </summary>
public class EstateCircuitTests : SandboxFixture
{
    private const int Instances = 3;

    [Test]
    public async Task A_dead_council_receives_MinimumThroughput_attempts_from_each_instance_before_every_circuit_is_open()
    {
        var defaults = new MosaicCircuitBreakerOptions();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var instances = Enumerable.Range(0, Instances).Select(_ => GatewayHost.Start(Sandbox, s => LibraryBreaker(s, defaults), time)).ToList();
        try
        {
            Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Status = 503, Authority = Boroughs.Hammersmith.Code.Value, Resource = SandboxResources.Persons });
            var open = new bool[Instances];
            var views = 0;
            // A round robin over the instances, as a load balancer would, until every one of them has opened its circuit.
            while (!open.All(o => o))
            {
                Assert.That(views, Is.LessThan(Instances * defaults.MinimumThroughput * 2), "the circuits should have opened by now");
                for (var i = 0; i < Instances; i++)
                {
                    views++;
                    open[i] = await instances[i].LookupAsync(Boroughs.Hammersmith, SeedPeople.Full).Within() == CircuitOpen;
                }
            }

            var beforeEveryCircuitOpened = AttemptsAtTheDeadCouncil();
            foreach (var instance in instances)
            {
                Assert.That(await instance.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full).Within(), Is.EqualTo(CircuitOpen));
            }

            using (Assert.EnterMultipleScope())
            {
                Assert.That(beforeEveryCircuitOpened, Is.EqualTo(Instances * defaults.MinimumThroughput));
                Assert.That(AttemptsAtTheDeadCouncil(), Is.EqualTo(beforeEveryCircuitOpened), "open circuits send nothing");
            }
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    private static MosaicLookup CircuitOpen { get; } = new MosaicLookup.Unavailable(UnavailableReason.CircuitOpen);

    /// <summary>
    /// The library's breaker (the tests' default raises MinimumThroughput out of reach), and no retry: a back-off
    /// cannot pass on a clock that stands still. A retry changes how many attempts a view costs, not how many attempts
    /// open a circuit.
    /// </summary>
    private static void LibraryBreaker(Dictionary<string, string?> settings, MosaicCircuitBreakerOptions defaults)
    {
        settings[GatewayHost.Key(Boroughs.Hammersmith, "Retries")] = "0";
        settings[GatewayHost.Key(Boroughs.Hammersmith, "CircuitBreaker:MinimumThroughput")] = defaults.MinimumThroughput.ToString(CultureInfo.InvariantCulture);
        settings[GatewayHost.Key(Boroughs.Hammersmith, "CircuitBreaker:FailureRatio")] = defaults.FailureRatio.ToString(CultureInfo.InvariantCulture);
        settings[GatewayHost.Key(Boroughs.Hammersmith, "CircuitBreaker:SamplingDuration")] = defaults.SamplingDuration.ToString("c", CultureInfo.InvariantCulture);
        settings[GatewayHost.Key(Boroughs.Hammersmith, "CircuitBreaker:BreakDuration")] = defaults.BreakDuration.ToString("c", CultureInfo.InvariantCulture);
    }

    private int AttemptsAtTheDeadCouncil() =>
        Sandbox.Requests.Snapshot().Count(r => r.Authority == Boroughs.Hammersmith.Code.Value && r.Resource == SandboxResources.Persons);
}

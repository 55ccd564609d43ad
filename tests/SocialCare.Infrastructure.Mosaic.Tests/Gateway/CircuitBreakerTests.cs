using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;
using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Mosaic.Http;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;
using SocialCare.Mosaic.Sandbox.Faults;

namespace SocialCare.Infrastructure.Mosaic.Tests.Gateway;

/// <summary>
/// A dead Mosaic opens its authority's circuit, which then answers unavailable without a request, and closes again
/// after the break once Mosaic answers. Time is moved, not waited for.
/// </summary>
public class CircuitBreakerTests : SandboxFixture
{
    private FakeTimeProvider _time = null!;

    [SetUp]
    public async Task TripsOnTwoFailures()
    {
        _time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await RestartHostAsync(
            s =>
            {
                s[GatewayHost.Key(Boroughs.Hammersmith, "Retries")] = "0";
                s[GatewayHost.Key(Boroughs.Hammersmith, "CircuitBreaker:MinimumThroughput")] = "2";
                s[GatewayHost.Key(Boroughs.Hammersmith, "CircuitBreaker:FailureRatio")] = "0.5";
                s[GatewayHost.Key(Boroughs.Hammersmith, "CircuitBreaker:BreakDuration")] = "00:00:15";
            },
            _time);
    }

    [Test]
    public async Task Repeated_failures_open_the_circuit_and_later_views_send_nothing()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Status = 503, Authority = Boroughs.Hammersmith.Code.Value });
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        var sent = Sandbox.Requests.Snapshot().Count;

        // No attempt and no timeout: the test clock stands still here, so a lookup that waited for any would not end.
        var lookup = await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full).Within();

        Assert.That(lookup, Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.CircuitOpen)));
        Assert.That(Sandbox.Requests.Snapshot(), Has.Count.EqualTo(sent));
        Assert.That(Host.Services.GetRequiredService<MosaicCircuitStates>().StateOf("E09000013"), Is.EqualTo(CircuitState.Open));
    }

    [Test]
    public async Task Circuit_closes_after_the_break_when_mosaic_answers_again()
    {
        var fault = Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Status = 503, Authority = Boroughs.Hammersmith.Code.Value });
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        Sandbox.Faults.Remove(fault);

        _time.Advance(TimeSpan.FromSeconds(14));
        var stillOpen = await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        _time.Advance(TimeSpan.FromSeconds(2));
        var trial = await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);

        Assert.That(stillOpen, Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.CircuitOpen)));
        Assert.That(trial, Is.InstanceOf<MosaicLookup.Found>());
        Assert.That(Host.Services.GetRequiredService<MosaicCircuitStates>().StateOf("E09000013"), Is.EqualTo(CircuitState.Closed));
    }

    [Test]
    public async Task One_authoritys_open_circuit_costs_another_nothing()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Status = 503, Authority = Boroughs.Hammersmith.Code.Value });
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);

        Assert.That(await Host.LookupAsync(Boroughs.Brent, SeedPeople.TwoAuthorities), Is.InstanceOf<MosaicLookup.Found>());
    }

    [Test]
    public async Task Refused_credentials_and_unreadable_answers_do_not_open_the_circuit()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Malformed, Authority = Boroughs.Hammersmith.Code.Value, Resource = SandboxResources.Persons, Times = 3 });
        for (var i = 0; i < 3; i++)
        {
            await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        }

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.InstanceOf<MosaicLookup.Found>());
    }

    [Test]
    public async Task Token_endpoint_that_is_down_is_remembered_briefly_and_leaves_mosaics_circuit_alone()
    {
        var fault = Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Status = 503, Authority = Boroughs.Hammersmith.Code.Value, Resource = SandboxResources.Token });
        var first = await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        var second = await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        var posts = Sandbox.Requests.Snapshot().Count(r => r.Method == "POST");
        Sandbox.Faults.Remove(fault);
        _time.Advance(TimeSpan.FromSeconds(6));

        Assert.That(first, Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.ServerError)));
        Assert.That(second, Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.ServerError)));
        Assert.That(posts, Is.EqualTo(1), "the second view is answered from the remembered failure");
        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.InstanceOf<MosaicLookup.Found>());
    }

    [TestCase(403)]
    [TestCase(404)]
    public async Task Refusals_do_not_open_the_circuit(int status)
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Status = status, Authority = Boroughs.Hammersmith.Code.Value, Resource = SandboxResources.Persons });
        for (var i = 0; i < 4; i++)
        {
            await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        }

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.Not.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.CircuitOpen)));
    }

    [Test]
    public async Task Mosaic_asking_to_slow_down_does_not_open_the_circuit()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.RateLimit, RetryAfterSeconds = 0, Authority = Boroughs.Hammersmith.Code.Value });
        for (var i = 0; i < 4; i++)
        {
            await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        }

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.RateLimited)));
    }

    [Test]
    public async Task Health_check_reads_an_open_circuit_without_sending_a_request()
    {
        await WithHealthChecksAsync();
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Status = 503, Authority = Boroughs.Hammersmith.Code.Value });
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        Sandbox.Requests.Clear();

        var report = await Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Name == "social-care-mosaic-E09000013");

        Assert.That(report.Status, Is.EqualTo(HealthStatus.Unhealthy));
        Assert.That(Sandbox.Requests.Snapshot(), Is.Empty);
    }

    [Test]
    public async Task Failing_health_checks_do_not_count_against_the_pages_circuit()
    {
        await WithHealthChecksAsync();
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Status = 503, Authority = Boroughs.Hammersmith.Code.Value, Resource = "status" });

        for (var i = 0; i < 3; i++)
        {
            var probe = await Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Name == "social-care-mosaic-E09000013");
            Assert.That(probe.Status, Is.EqualTo(HealthStatus.Unhealthy));
        }

        Assert.That(await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full), Is.InstanceOf<MosaicLookup.Found>(), "the probe has no say in the page's circuit");
    }

    // The circuit of SetUp, with the opt-in health checks added.
    private Task WithHealthChecksAsync() =>
        RestartHostAsync(
            s =>
            {
                s[GatewayHost.Key(Boroughs.Hammersmith, "Retries")] = "0";
                s[GatewayHost.Key(Boroughs.Hammersmith, "CircuitBreaker:MinimumThroughput")] = "2";
            },
            _time,
            (services, configuration) => services.AddHealthChecks().AddSocialCareMosaicHealthChecks(configuration));
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SocialCare.Infrastructure.Mosaic.Health;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;
using SocialCare.Mosaic.Sandbox.Faults;

namespace SocialCare.Infrastructure.Mosaic.Tests.Gateway;

/// <summary>Opt-in checks, one per authority, tagged so a host maps them on their own route and never in readiness.</summary>
public class HealthCheckTests : SandboxFixture
{
    [SetUp]
    public async Task WithHealthChecks() =>
        await RestartHostAsync(_ => { }, compose: (services, configuration) => services.AddHealthChecks().AddSocialCareMosaicHealthChecks(configuration));

    [Test]
    public async Task Each_configured_authority_has_a_check_that_answers_healthy()
    {
        var report = await Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.That(report.Entries.Keys, Is.EquivalentTo(Boroughs.All.Select(a => "social-care-mosaic-" + a.Code.Value)));
        Assert.That(report.Status, Is.EqualTo(HealthStatus.Healthy));
        Assert.That(Sandbox.Requests.Snapshot().Where(r => r.Method == "GET").Select(r => r.Resource).Distinct(), Is.EqualTo(new[] { "status" }));
        Assert.That(Sandbox.Requests.Snapshot().Select(r => r.HadNhsNumberHeader), Has.None.True);
    }

    [Test]
    public async Task Failing_authority_is_unhealthy_and_the_others_are_not()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Authority = "E09000018", Resource = "status" });

        var report = await Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.That(report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => e.Key), Is.EqualTo(new[] { "social-care-mosaic-E09000018" }));
    }

    [Test]
    public async Task Checks_carry_only_their_own_tag_so_a_readiness_predicate_leaves_them_out()
    {
        var ready = await Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains("ready"));
        var mosaic = await Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains("social-care-mosaic"));

        Assert.That(ready.Entries, Is.Empty);
        Assert.That(mosaic.Entries, Has.Count.EqualTo(Boroughs.All.Count));
    }

    [Test]
    public async Task Disabled_authority_without_credentials_has_no_check_and_never_makes_the_route_unhealthy()
    {
        var disabled = Boroughs.All[^1];
        await RestartHostAsync(
            settings =>
            {
                settings[GatewayHost.Key(disabled, "Enabled")] = "false";
                settings.Remove(GatewayHost.Key(disabled, "Auth:Mode"));
                settings.Remove(GatewayHost.Key(disabled, "Auth:ClientId"));
                settings.Remove(GatewayHost.Key(disabled, "Auth:ClientSecret"));
            },
            compose: (services, configuration) => services.AddHealthChecks().AddSocialCareMosaicHealthChecks(configuration));

        var report = await Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(r => r.Tags.Contains(MosaicHealthChecks.Tag));

        Assert.That(report.Entries.Keys, Is.EquivalentTo(Boroughs.All.SkipLast(1).Select(a => "social-care-mosaic-" + a.Code.Value)));
        Assert.That(report.Status, Is.EqualTo(HealthStatus.Healthy));
        Assert.That(Sandbox.Requests.Snapshot().Select(r => r.Authority), Has.None.EqualTo(disabled.Code.Value));
    }

    [Test]
    public async Task Dialect_without_a_status_probe_says_so_and_sends_nothing()
    {
        var probeless = Boroughs.All[0];
        await RestartHostAsync(
            settings => settings[GatewayHost.Key(probeless, "Dialect")] = ProbelessDialect.DialectName,
            compose: (services, configuration) => services.AddSocialCareMosaicDialect<ProbelessDialect>().AddHealthChecks().AddSocialCareMosaicHealthChecks(configuration));

        var report = await Host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        var entry = report.Entries["social-care-mosaic-" + probeless.Code.Value];

        Assert.That(entry.Status, Is.EqualTo(HealthStatus.Healthy));
        Assert.That(entry.Description, Does.Contain("no status probe"));
        Assert.That(entry.Data["dialect"], Is.EqualTo(ProbelessDialect.DialectName));
        Assert.That(Sandbox.Requests.Snapshot().Select(r => r.Authority), Has.None.EqualTo(probeless.Code.Value));
    }
}

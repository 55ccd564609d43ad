using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Host;

/// <summary>
/// The Host runs only in sandbox mode and only in Development (spec §5, §6): anywhere else it stops before serving,
/// naming the key. WebApplicationFactory rethrows what Program throws after Build when the test first asks for the
/// server.
/// </summary>
public class SandboxModeTests
{
    [TestCase("Production")]
    [TestCase("Staging")]
    public async Task Sandbox_mode_outside_development_stops_the_host_naming_the_key(string environment)
    {
        await using var host = new DemoHostFactory
        {
            EnvironmentName = environment,
            Settings = new Dictionary<string, string?> { ["SocialCare:Sandbox:Enabled"] = "true" },
        };

        var refusal = Assert.Throws<InvalidOperationException>(() => host.CreateClient());

        Assert.That(refusal.Message, Does.StartWith("SocialCare:Sandbox:Enabled is true").And.Contain(environment));
    }

    [Test]
    public async Task Production_without_sandbox_mode_stops_the_host_pointing_to_the_embedding_guide()
    {
        await using var host = new DemoHostFactory { EnvironmentName = "Production" };

        var refusal = Assert.Throws<InvalidOperationException>(() => host.CreateClient());

        Assert.That(refusal.Message, Does.StartWith("SocialCare:Sandbox:Enabled is false").And.Contain("docs/embedding.md"));
    }

    [Test]
    public async Task Development_with_sandbox_mode_switched_off_stops_the_host_too()
    {
        await using var host = new DemoHostFactory { Settings = new Dictionary<string, string?> { ["SocialCare:Sandbox:Enabled"] = "false" } };

        var refusal = Assert.Throws<InvalidOperationException>(() => host.CreateClient());

        Assert.That(refusal.Message, Does.Contain("SocialCare:Sandbox:Enabled").And.Contain("docs/embedding.md"));
    }

    [Test]
    public async Task Development_with_sandbox_mode_serves_the_start_page()
    {
        await using var host = new DemoHostFactory();
        using var client = host.CreateClient();

        var answer = await client.GetAsync("/", viewer: null);

        Assert.That(answer.Status, Is.EqualTo(200));
    }
}

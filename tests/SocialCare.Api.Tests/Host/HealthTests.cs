using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Api.Tests.TestSupport;

namespace SocialCare.Api.Tests.Host;

/// <summary>The Host's liveness and readiness ask no council: a council being down must not take the host out of service.</summary>
public class HealthTests : DemoHostFixture
{
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Probe_is_healthy_without_asking_any_council(string path)
    {
        var before = await SandboxRequestsAsync();

        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
        Assert.That(await SandboxRequestsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task Mosaic_probe_asks_each_council_for_its_status_and_never_a_person()
    {
        using var response = await Client.GetAsync(new Uri("/health/mosaic", UriKind.Relative));

        var counts = await SandboxCountsAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(counts.Keys, Has.Some.EndsWith("/v1/status"));
        Assert.That(counts.Keys, Has.None.Contains("/v1/persons"));
    }

    private async Task<int> SandboxRequestsAsync() => (await SandboxCountsAsync()).Values.Sum();

    private async Task<Dictionary<string, int>> SandboxCountsAsync()
    {
        var sandbox = new Uri(App.Services.GetRequiredService<IConfiguration>()["SocialCare:Sandbox:Url"]!);
        using var client = new HttpClient();
        using var log = JsonDocument.Parse(await client.GetStringAsync(new Uri(sandbox, "_sandbox/requests")));
        return log.RootElement.GetProperty("counts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
    }
}

using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialCare.Mosaic.Sandbox.Faults;
using SocialCare.Mosaic.Sandbox.Tests.TestSupport;

namespace SocialCare.Mosaic.Sandbox.Tests;

public sealed class SandboxSettingsTests
{
    [Test]
    public async Task Faults_and_credentials_of_the_settings_apply_from_the_start()
    {
        var settings = new SandboxSettings { Port = 0, ApiKey = "other-key", TokenLifetime = TimeSpan.FromMinutes(5) };
        settings.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Status = 504, Authority = "E09000005" });
        await using var sandbox = await MosaicSandbox.StartAsync(settings);
        using var client = new HttpClient { BaseAddress = sandbox.BaseAddress };

        using var faulted = await client.SendAsync(() => Wire.Lookup("E09000005", "9990000069", apiKey: "other-key"));
        using var oldKey = await client.SendAsync(() => Wire.Lookup(Wire.Hammersmith, Wire.DemoFullNhsNumber));

        Assert.Multiple(() =>
        {
            Assert.That(faulted.StatusCode, Is.EqualTo(HttpStatusCode.GatewayTimeout));
            Assert.That(oldKey.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public async Task Faults_from_configuration_are_replaced_when_it_reloads_and_runtime_faults_stay()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Sandbox:Port"] = "0",
                ["Sandbox:Faults:0:Kind"] = "Status",
                ["Sandbox:Faults:0:Authority"] = "E09000013",
                ["Sandbox:Faults:0:Status"] = "500",
            })
            .Build();
        await using var services = new ServiceCollection()
            .Configure<SandboxSettings>(configuration.GetSection(SandboxSettings.SectionName))
            .BuildServiceProvider();
        await using var sandbox = await MosaicSandbox.StartAsync(services.GetRequiredService<IOptionsMonitor<SandboxSettings>>());
        using var client = new HttpClient { BaseAddress = sandbox.BaseAddress };
        sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Status = 502, Authority = "E09000005" });

        using var before = await client.SendAsync(() => Wire.Lookup(Wire.Hammersmith, Wire.DemoFullNhsNumber));
        configuration["Sandbox:Faults:0:Status"] = "429";
        configuration.Reload();
        using var after = await client.SendAsync(() => Wire.Lookup(Wire.Hammersmith, Wire.DemoFullNhsNumber));
        using var runtime = await client.SendAsync(() => Wire.Lookup("E09000005", "9990000069"));

        Assert.Multiple(() =>
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(runtime.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
        });
    }

    [Test]
    public void Settings_bind_from_the_sandbox_section()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Sandbox:Port"] = "5999",
                ["Sandbox:ClientId"] = "id",
                ["Sandbox:TokenLifetime"] = "00:10:00",
                ["Sandbox:Faults:0:Kind"] = "Latency",
                ["Sandbox:Faults:0:Delay"] = "00:00:00.250",
                ["Sandbox:Faults:0:Resource"] = "case-notes",
            })
            .Build();

        var settings = configuration.GetSection(SandboxSettings.SectionName).Get<SandboxSettings>()!;

        Assert.Multiple(() =>
        {
            Assert.That(settings.Port, Is.EqualTo(5999));
            Assert.That(settings.ClientId, Is.EqualTo("id"));
            Assert.That(settings.ClientSecret, Is.EqualTo("sandbox-secret"));
            Assert.That(settings.TokenLifetime, Is.EqualTo(TimeSpan.FromMinutes(10)));
            Assert.That(settings.Faults.Single(), Is.EqualTo(new SandboxFault
            {
                Kind = SandboxFaultKind.Latency,
                Delay = TimeSpan.FromMilliseconds(250),
                Resource = SandboxResources.CaseNotes,
            }));
        });
    }
}

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Api.Http;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Host;

/// <summary>
/// DNS rebinding: a page of any site can have its own name resolve to 127.0.0.1 and then read the Host's answers as
/// its own origin, but the browser still names that site in <c>Host</c>. So the Host serves only the names it is
/// reached by on this machine (localhost, 127.0.0.1, [::1], with its port or none) unless <c>AllowedHosts</c> says
/// otherwise; any other <c>Host</c> is a 400, with the protective headers, before anything else runs.
/// </summary>
public class AllowedHostsTests : DemoHostFixture
{
    [TestCase("attacker.example")]
    [TestCase("attacker.example:80")]
    [TestCase("localhost.attacker.example")]
    [TestCase("127.0.0.1.nip.io")]
    [TestCase("192.168.1.20")]
    [TestCase("0.0.0.0")]
    public async Task Foreign_host_is_refused_on_every_route(string host)
    {
        foreach (var path in new[] { Routes.View(Demo.Full), Routes.Page(Demo.Full), "/", "/health/live", "/openapi/v1.json", "/social-care-assets/" + SocialCareAssets.Stylesheet, "/favicon.ico" })
        {
            var answer = await Client.GetAsync(path, Demo.Full, ("Host", host));

            using (Assert.EnterMultipleScope())
            {
                Assert.That(answer.Status, Is.EqualTo(400), path);
                Assert.That(answer.Body, Does.Not.Contain("Okafor"));
                Assert.That(answer.Header("Cache-Control"), Is.EqualTo("no-store"));
                Assert.That(answer.Header("X-Content-Type-Options"), Is.EqualTo("nosniff"));
                Assert.That(answer.Header("Content-Security-Policy"), Does.StartWith("default-src 'none'"));
            }
        }
    }

    [TestCase("localhost")]
    [TestCase("LocalHost")]
    [TestCase("127.0.0.1")]
    [TestCase("[::1]")]
    public async Task Loopback_name_is_served(string host)
    {
        var answer = await Client.GetAsync(Routes.View(Demo.Full), Demo.Full, ("Host", host));

        Assert.That(answer.Status, Is.EqualTo(200));
    }

    [Test]
    public async Task Configured_allowed_hosts_replace_the_loopback_names()
    {
        await using var host = new DemoHostFactory { Settings = new Dictionary<string, string?> { ["AllowedHosts"] = "pkb.example.test" } };
        using var client = host.CreateClient();

        var allowed = await client.GetAsync("/health/live", viewer: null, ("Host", "pkb.example.test"));
        var refused = await client.GetAsync("/health/live", viewer: null, ("Host", "localhost"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(allowed.Status, Is.EqualTo(200));
            Assert.That(refused.Status, Is.EqualTo(400));
            Assert.That(refused.Header("X-Content-Type-Options"), Is.EqualTo("nosniff"));
        }
    }
}

/// <summary>
/// The same over a real socket, where the Host knows the port it listens on: its names with that port or none are
/// served, any other port is not. And <c>get</c>, which HttpClient would send as <c>GET</c>, reaches Kestrel as
/// written and is a 405 (RFC 9110: methods are case-sensitive).
/// </summary>
public class AllowedHostsOverKestrelTests
{
    private DemoHostFactory _host = null!;
    private Uri _server = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _host = new DemoHostFactory { Settings = new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" } };
        _host.UseKestrel(0);
        _host.StartServer();
        var addresses = _host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        _server = new Uri(addresses.Single());
    }

    [OneTimeTearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    [TestCase("127.0.0.1:{port}")]
    [TestCase("localhost:{port}")]
    [TestCase("[::1]:{port}")]
    [TestCase("127.0.0.1")]
    [TestCase("localhost")]
    public async Task Loopback_name_with_the_listening_port_or_none_is_served(string host)
    {
        var answer = await RawHttp.SendAsync(_server, "GET", Routes.Tab(Demo.Full), Named(host), (Demo.ViewerHeader, Demo.Full));

        Assert.That(answer.Status, Is.EqualTo(200));
    }

    [TestCase("localhost:{other}")]
    [TestCase("127.0.0.1:{other}")]
    [TestCase("attacker.example:{port}")]
    [TestCase("attacker.example")]
    public async Task Other_name_or_port_is_refused(string host)
    {
        var answer = await RawHttp.SendAsync(_server, "GET", Routes.Tab(Demo.Full), Named(host), (Demo.ViewerHeader, Demo.Full));

        Assert.That(answer.Status, Is.EqualTo(400));
    }

    [TestCase("get")]
    [TestCase("Get")]
    public async Task Get_in_another_case_is_refused_on_a_real_socket(string method)
    {
        var answer = await RawHttp.SendAsync(_server, method, Routes.View(Demo.Full), Named("127.0.0.1:{port}"), (Demo.ViewerHeader, Demo.Full));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(405));
            Assert.That(answer.Header("Allow"), Is.EqualTo("GET"));
        }
    }

    private string Named(string host) => host
        .Replace("{port}", _server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{other}", (_server.Port == 65535 ? 1 : _server.Port + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}

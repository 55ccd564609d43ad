extern alias host;

using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using HostProgram = host::Program;

namespace SocialCare.Api.BrowserTests.Support;

/// <summary>
/// The reference Host (src/Host) as people run it: Development environment, its own sandbox Mosaic and demo
/// directory, served by Kestrel on a free port of 127.0.0.1 so that the browser reaches it over a real socket.
/// </summary>
public sealed class DemoHost : IAsyncDisposable
{
    private readonly WebApplicationFactory<HostProgram> _factory;
    private readonly string _auditFile;

    private DemoHost(WebApplicationFactory<HostProgram> factory, string auditFile, Uri baseAddress, Uri sandboxAddress)
    {
        _factory = factory;
        _auditFile = auditFile;
        BaseAddress = baseAddress;
        SandboxAddress = sandboxAddress;
    }

    /// <summary>Where the Host listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The in-process sandbox Mosaic the Host started, on a free port of its own.</summary>
    public Uri SandboxAddress { get; }

    public static DemoHost Start()
    {
        // The Host's audit in a SQLite file of this host's own, deleted with it.
        var auditFile = Path.Combine(Path.GetTempPath(), $"socialcare-audit-browser-{Guid.NewGuid():N}.db");
        var factory = new WebApplicationFactory<HostProgram>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Development")
            .UseSetting("SocialCare:Audit:ConnectionString", $"Data Source={auditFile}")
            .UseSetting("urls", "http://127.0.0.1:0")
            .UseSetting("SocialCare:Sandbox:Port", "0")
            // Far above what a run of the page tests asks for, so that no test meets the limit meant for people.
            .UseSetting("SocialCare:RateLimit:PermitsPerMinute", "10000")
            // A line per request would bury a failing test's own output.
            .UseSetting("Logging:LogLevel:Default", "Warning")
            // Generous time: these tests are about the page, not timing, and must hold on a busy two-core machine.
            .UseSetting("SocialCare:Deadline", "00:00:10")
            .UseSetting("SocialCare:LocalAuthorities:0:AttemptTimeout", "00:00:04")
            .UseSetting("SocialCare:LocalAuthorities:1:AttemptTimeout", "00:00:04")
            .UseSetting("SocialCare:LocalAuthorities:2:AttemptTimeout", "00:00:04")
            .UseSetting("SocialCare:LocalAuthorities:3:AttemptTimeout", "00:00:04")
            .UseSetting("SocialCare:LocalAuthorities:4:AttemptTimeout", "00:00:04")
            .UseSetting("SocialCare:LocalAuthorities:5:AttemptTimeout", "00:00:04")
            .UseSetting("SocialCare:LocalAuthorities:6:AttemptTimeout", "00:00:04")
            .UseSetting("SocialCare:LocalAuthorities:7:AttemptTimeout", "00:00:04"));
        factory.UseKestrel(0);
        try
        {
            factory.StartServer();
            var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var sandbox = factory.Services.GetRequiredService<IConfiguration>()["SocialCare:Sandbox:Url"]
                ?? throw new InvalidOperationException("the Host started without recording its sandbox's address");
            return new DemoHost(factory, auditFile, new Uri(addresses.Single()), new Uri(sandbox));
        }
        catch
        {
            factory.Dispose();
            throw;
        }
    }

    public Uri UrlOf(string pathAndQuery) => new(BaseAddress, pathAndQuery);

    /// <summary>How many person lookups (<c>GET /{code}/v1/persons</c>) the sandbox has received for one authority.</summary>
    public async Task<int> PersonLookupsAsync(string authorityCode)
    {
        using var client = new HttpClient();
        using var log = JsonDocument.Parse(await client.GetStringAsync(new Uri(SandboxAddress, "_sandbox/requests")));
        return log.RootElement.GetProperty("counts").TryGetProperty($"GET /{authorityCode}/v1/persons", out var count)
            ? count.GetInt32()
            : 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_auditFile + suffix);
        }
    }
}

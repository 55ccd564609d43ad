using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SocialCare.TestSupport;

namespace SocialCare.Api.BrowserTests.Support;

/// <summary>
/// The reference Host (src/Host) as people run it (<see cref="DemoHostFactory"/>: Development environment, its own
/// sandbox Mosaic and demo directory, its own audit file), served by Kestrel on a free port of 127.0.0.1 so that the
/// browser reaches it over a real socket.
/// </summary>
public sealed class DemoHost : IAsyncDisposable
{
    private readonly DemoHostFactory _factory;

    private DemoHost(DemoHostFactory factory, Uri baseAddress, Uri sandboxAddress)
    {
        _factory = factory;
        BaseAddress = baseAddress;
        SandboxAddress = sandboxAddress;
    }

    /// <summary>Where the Host listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The in-process sandbox Mosaic the Host started, on a free port of its own.</summary>
    public Uri SandboxAddress { get; }

    public static DemoHost Start()
    {
        var factory = new DemoHostFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                // Far above what a run of the page tests asks for, so that no test meets the limit meant for people.
                ["SocialCare:RateLimit:PermitsPerMinute"] = "10000",
                // A line per request would bury a failing test's own output.
                ["Logging:LogLevel:Default"] = "Warning",
            },
            Logging = logging => logging.AddConsole(),
        };
        factory.UseKestrel(0);
        try
        {
            factory.StartServer();
            var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var sandbox = factory.Services.GetRequiredService<IConfiguration>()["SocialCare:Sandbox:Url"]
                ?? throw new InvalidOperationException("the Host started without recording its sandbox's address");
            return new DemoHost(factory, new Uri(addresses.Single()), new Uri(sandbox));
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

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}

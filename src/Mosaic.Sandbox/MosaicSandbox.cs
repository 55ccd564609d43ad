using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCare.Mosaic.Sandbox.Faults;
using SocialCare.Mosaic.Sandbox.Http;
using SocialCare.Mosaic.Sandbox.People;
using SocialCare.Mosaic.Sandbox.Requests;

namespace SocialCare.Mosaic.Sandbox;

/// <summary>
/// A fake Mosaic of synthetic people, serving the contract (docs/mosaic-contract.md) for any number of
/// authorities on one loopback port: <c>{BaseAddress}{authorityCode}/v1/…</c>.
/// </summary>
public sealed class MosaicSandbox : IAsyncDisposable
{
    /// <summary>The name under which the sandbox's server reports its requests, which a host's instrumentation does not listen to.</summary>
    public const string DiagnosticsName = "SocialCare.Mosaic.Sandbox";

    private readonly WebApplication _app;
    private IDisposable? _settingsSubscription;

    private MosaicSandbox(WebApplication app, Uri baseAddress, SandboxPeople people, SandboxFaults faults, SandboxRequestLog requests)
    {
        _app = app;
        BaseAddress = baseAddress;
        People = people;
        Faults = faults;
        Requests = requests;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:51234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The people served; add or remove at run time.</summary>
    public SandboxPeople People { get; }

    /// <summary>The faults in force; add or remove at run time.</summary>
    public SandboxFaults Faults { get; }

    /// <summary>The last requests received (see <see cref="SandboxSettings.RequestLogCapacity"/>), without header values.</summary>
    public SandboxRequestLog Requests { get; }

    /// <summary>The control endpoint, <c>{BaseAddress}_sandbox/</c>.</summary>
    public Uri ControlUrl => new(BaseAddress, ControlEndpoint.Prefix[1..] + "/");

    /// <summary>
    /// Starts a sandbox on 127.0.0.1 (never any other interface); <see cref="SandboxSettings.Port"/> 0 takes any
    /// free port.
    /// </summary>
    public static Task<MosaicSandbox> StartAsync(SandboxSettings settings, CancellationToken cancellationToken = default) =>
        StartAsync(settings, SandboxFaults.SettingsOrigin, cancellationToken);

    /// <summary>
    /// Starts a sandbox from <see cref="IOptionsMonitor{TOptions}.CurrentValue"/> and replaces the faults that came
    /// from it whenever the configuration reloads; faults added at run time stay.
    /// </summary>
    public static async Task<MosaicSandbox> StartAsync(IOptionsMonitor<SandboxSettings> settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var sandbox = await StartAsync(settings.CurrentValue, SandboxFaults.ConfigurationOrigin, cancellationToken).ConfigureAwait(false);
        sandbox._settingsSubscription = settings.OnChange(changed =>
            sandbox.Faults.Replace(SandboxFaults.ConfigurationOrigin, [.. changed.Faults]));
        return sandbox;
    }

    /// <summary>An authority's base URL, <c>{BaseAddress}{authorityCode}/</c>.</summary>
    public Uri AuthorityBaseUrl(string authorityCode) => new(BaseAddress, authorityCode + "/");

    /// <summary>An authority's token endpoint, <c>{BaseAddress}{authorityCode}/oauth/token</c>.</summary>
    public Uri TokenUrl(string authorityCode) => new(BaseAddress, authorityCode + "/oauth/token");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _settingsSubscription?.Dispose();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static async Task<MosaicSandbox> StartAsync(SandboxSettings settings, string faultOrigin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var seed = settings.ResolveSeed();
        var initialFaults = settings.Faults.Select(f => (f, faultOrigin))
            .Concat(seed.Patients.SelectMany(p => p.Faults.Select(f =>
                (f with { NhsNumber = f.NhsNumber ?? p.NhsNumber }, SandboxFaults.SeedOrigin))))
            .ToList();
        var people = new SandboxPeople(seed);
        var faults = new SandboxFaults(initialFaults);
        var requests = new SandboxRequestLog(settings.RequestLogCapacity);
        var tokens = new TokenStore(TimeProvider.System, settings.TokenLifetime);

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(MosaicSandbox).Assembly.GetName().Name,
        });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, settings.Port);
        });

        // A council's server, not the host's: in a host's process, its requests must not appear among the host's own
        // in the host's ASP.NET Core instrumentation (their paths carry Mosaic person ids). ASP.NET Core reports them
        // through these two, found by name; under a name of the sandbox's own, nothing listens for them.
        builder.Services.Replace(ServiceDescriptor.Singleton(new DiagnosticListener(DiagnosticsName)));
        builder.Services.Replace(ServiceDescriptor.Singleton(new ActivitySource(DiagnosticsName)));
        builder.Logging.SetMinimumLevel(settings.MinimumLogLevel);
        if (settings.LoggerProvider is { } provider)
        {
            builder.Logging.AddProvider(provider);
        }
        else
        {
            builder.Logging.AddSimpleConsole();
        }

        var app = builder.Build();
        var stopping = app.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var mosaic = new MosaicEndpoint(people, faults, requests, tokens, settings, stopping);
        var control = new ControlEndpoint(people, faults, requests);
        app.Run(context => context.Request.Path.StartsWithSegments(ControlEndpoint.Prefix, StringComparison.OrdinalIgnoreCase)
            ? control.HandleAsync(context)
            : mosaic.HandleAsync(context));

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.First();
        return new MosaicSandbox(app, new Uri(address.TrimEnd('/') + "/"), people, faults, requests);
    }
}

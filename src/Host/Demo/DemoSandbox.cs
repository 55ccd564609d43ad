using System.Globalization;
using SocialCare.Mosaic.Sandbox;
using SocialCare.Mosaic.Sandbox.Seed;

namespace SocialCare.Host.Demo;

/// <summary>
/// Sandbox mode (spec §6): the Host runs only with the sandbox Mosaic and its demo directory, and only in the
/// Development environment, so that synthetic people and a viewer anyone can claim never meet real councils.
/// </summary>
internal static class DemoSandbox
{
    public const string EnabledKey = "SocialCare:Sandbox:Enabled";
    public const string UrlKey = "SocialCare:Sandbox:Url";
    public const string PortKey = "SocialCare:Sandbox:Port";

    /// <summary>Stops the host, naming the key, when sandbox mode is off or not allowed here.</summary>
    public static void EnsureAllowed(IConfiguration configuration, IHostEnvironment environment)
    {
        var enabled = configuration.GetValue<bool>(EnabledKey);
        if (enabled && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"{EnabledKey} is true in the {environment.EnvironmentName} environment: the sandbox Mosaic and its demo viewers run only in Development.");
        }

        if (!enabled)
        {
            throw new InvalidOperationException(
                $"{EnabledKey} is false: SocialCare.Host is the reference host and runs only in sandbox mode, in Development " +
                "(`dotnet run --project src/Host`). A production host embeds SocialCare with its own directory and audit: see docs/embedding.md.");
        }
    }

    /// <summary>
    /// Starts the sandbox in-process on loopback, serving <paramref name="seed"/> (the demo directory's), on <c>SocialCare:Sandbox:Port</c> (0 takes any free port), unless
    /// <c>SocialCare:Sandbox:Url</c> names one already running; then points SocialCare at it.
    /// </summary>
    public static async Task<MosaicSandbox?> StartUnlessRunningAsync(IConfiguration configuration, SandboxSeed seed, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(configuration[UrlKey]))
        {
            return null;
        }

        var port = configuration.GetValue(PortKey, 5180);
        MosaicSandbox sandbox;
        try
        {
            sandbox = await StartOutsideThisFlowAsync(new SandboxSettings { Port = port, Seed = seed }, cancellationToken);
        }
        catch (IOException exception)
        {
            throw new InvalidOperationException(
                $"The sandbox Mosaic could not listen on 127.0.0.1:{port} ({exception.Message}). Set {PortKey} to a free port " +
                $"(0 for any) or {UrlKey} to a sandbox that is already running.",
                exception);
        }

        configuration[UrlKey] = sandbox.BaseAddress.ToString();

        // The port really taken, so that configuration says where the sandbox is when 0 (any free port) was asked for.
        configuration[PortKey] = sandbox.BaseAddress.Port.ToString(CultureInfo.InvariantCulture);
        return sandbox;
    }

    // The sandbox is a host of its own. Hooks that watch hosts being built in this async flow (WebApplicationFactory's
    // HostFactoryResolver, which swaps Kestrel for a TestServer) must not catch it: it is built where nothing flows.
    private static Task<MosaicSandbox> StartOutsideThisFlowAsync(SandboxSettings settings, CancellationToken cancellationToken)
    {
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(() => MosaicSandbox.StartAsync(settings, cancellationToken), cancellationToken);
        }
    }

    /// <summary>Whether every address the server listens on is this machine's loopback.</summary>
    public static bool AllLoopback(IEnumerable<string> addresses) =>
        addresses.All(address => Uri.TryCreate(address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            && (uri.IsLoopback || uri.Host == "localhost"));
}

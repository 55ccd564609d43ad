using Microsoft.Extensions.Logging;
using SocialCare.Mosaic.Sandbox.Faults;
using SocialCare.Mosaic.Sandbox.Seed;

namespace SocialCare.Mosaic.Sandbox;

/// <summary>How a sandbox starts; bindable from the configuration section <see cref="SectionName"/>.</summary>
public sealed class SandboxSettings
{
    /// <summary>The configuration section, <c>Sandbox</c>.</summary>
    public const string SectionName = "Sandbox";

    /// <summary>The loopback port; 0 for any free port.</summary>
    public int Port { get; set; } = 5180;

    /// <summary>The people and their faults; the embedded seed when null.</summary>
    public SandboxSeed? Seed { get; set; }

    /// <summary>A seed file to use instead of the embedded one when <see cref="Seed"/> is null.</summary>
    public string? SeedPath { get; set; }

    /// <summary>The OAuth2 client id the token endpoint accepts.</summary>
    public string ClientId { get; set; } = "sandbox-client";

    /// <summary>The OAuth2 client secret the token endpoint accepts.</summary>
    public string ClientSecret { get; set; } = "sandbox-secret";

    /// <summary>The key accepted in <c>X-Api-Key</c>.</summary>
    public string ApiKey { get; set; } = "sandbox-api-key";

    /// <summary>How long an issued token is accepted (and its <c>expires_in</c>).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How many requests <see cref="MosaicSandbox.Requests"/> keeps (the last ones); 10,000 by default.</summary>
    public int RequestLogCapacity { get; set; } = Requests.SandboxRequestLog.DefaultCapacity;

    /// <summary>
    /// Whether each request in the log keeps the body of its successful answer (<see cref="Requests.SandboxRequest.ResponseBody"/>),
    /// for a test that must prove what was served; off by default, as bodies are large.
    /// </summary>
    public bool RecordBodies { get; set; }

    /// <summary>Faults in force from the start.</summary>
    public IList<SandboxFault> Faults { get; } = [];

    /// <summary>Where the server's own log goes; a console logger when null.</summary>
    public ILoggerProvider? LoggerProvider { get; set; }

    /// <summary>The least severe log level written; the server is quiet below <see cref="LogLevel.Warning"/>.</summary>
    public LogLevel MinimumLogLevel { get; set; } = LogLevel.Warning;

    internal SandboxSeed ResolveSeed() =>
        Seed ?? (SeedPath is { Length: > 0 } path ? SandboxSeed.Load(path) : SandboxSeed.LoadDefault());
}

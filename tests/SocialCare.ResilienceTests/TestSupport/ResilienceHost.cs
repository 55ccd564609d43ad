extern alias host;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using HostProgram = host::Program;

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// The reference Host (src/Host) on a TestServer, in Development, pointed at a sandbox the test started itself
/// (<c>SocialCare:Sandbox:Url</c>, so the Host starts none), with the scaled-down resilience settings, and every log
/// line of every category at Trace going to <paramref name="logs"/>, and the library's attempt events to
/// <paramref name="attempts"/>.
/// </summary>
internal sealed class ResilienceHost(Uri sandbox, LeakWatchingLoggerProvider logs, AttemptLog attempts) : WebApplicationFactory<HostProgram>
{
    // The Host's audit in a SQLite file of this host's own, deleted with it.
    private readonly string _auditFile = Path.Combine(Path.GetTempPath(), $"socialcare-audit-resilience-{Guid.NewGuid():N}.db");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_auditFile + suffix);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("SocialCare:Audit:ConnectionString", $"Data Source={_auditFile}");
        builder.UseSetting("SocialCare:Sandbox:Url", sandbox.ToString());
        builder.UseSetting("SocialCare:Sandbox:Port", sandbox.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in ResilienceSettings.AsConfiguration())
        {
            builder.UseSetting(key, value);
        }

        // A rule for this provider beats the Host's per-category levels from its appsettings.
        builder.ConfigureLogging(logging => logging
            .ClearProviders()
            .AddProvider(logs)
            .AddProvider(attempts)
            .SetMinimumLevel(LogLevel.Trace)
            .AddFilter<LeakWatchingLoggerProvider>(null, LogLevel.Trace)
            .AddFilter<AttemptLog>(null, LogLevel.Trace));
    }
}

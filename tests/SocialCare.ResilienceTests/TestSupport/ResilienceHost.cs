using System.Globalization;
using Microsoft.Extensions.Logging;
using SocialCare.TestSupport;

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// The reference Host (src/Host) on a TestServer (<see cref="DemoHostFactory"/>), in Development, pointed at a sandbox
/// the test started itself (<c>SocialCare:Sandbox:Url</c>, so the Host starts none), with the scaled-down resilience
/// settings, and every log line of every category at Trace going to <c>logs</c>, and the library's attempt events to
/// <c>attempts</c>.
/// </summary>
internal static class ResilienceHost
{
    public static DemoHostFactory Create(Uri sandbox, LeakWatchingLoggerProvider logs, AttemptLog attempts) => new()
    {
        Settings = new Dictionary<string, string?>(ResilienceSettings.AsConfiguration())
        {
            ["SocialCare:Sandbox:Url"] = sandbox.ToString(),
            ["SocialCare:Sandbox:Port"] = sandbox.Port.ToString(CultureInfo.InvariantCulture),
        },

        // A rule for this provider beats the Host's per-category levels from its appsettings.
        Logging = logging => logging
            .AddProvider(logs)
            .AddProvider(attempts)
            .SetMinimumLevel(LogLevel.Trace)
            .AddFilter<LeakWatchingLoggerProvider>(null, LogLevel.Trace)
            .AddFilter<AttemptLog>(null, LogLevel.Trace),
    };
}

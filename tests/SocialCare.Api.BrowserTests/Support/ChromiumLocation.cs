namespace SocialCare.Api.BrowserTests.Support;

/// <summary>
/// Which Chromium the tests drive: <see cref="EnvironmentVariable"/> if set, else the run parameter
/// <see cref="RunParameter"/> of browser.runsettings, else Debian's. Playwright's own browser builds are never used,
/// since they download from a host this machine cannot reach.
/// </summary>
public static class ChromiumLocation
{
    public const string DebianExecutablePath = "/usr/lib/chromium/chromium";

    public const string EnvironmentVariable = "SOCIALCARE_CHROMIUM";

    public const string RunParameter = "ChromiumPath";

    public static string Resolve(string? environmentValue, string? runParameterValue) =>
        !string.IsNullOrWhiteSpace(environmentValue) ? environmentValue.Trim()
        : !string.IsNullOrWhiteSpace(runParameterValue) ? runParameterValue.Trim()
        : DebianExecutablePath;

    public static string ForThisRun() =>
        Resolve(Environment.GetEnvironmentVariable(EnvironmentVariable), TestContext.Parameters.Get(RunParameter));
}

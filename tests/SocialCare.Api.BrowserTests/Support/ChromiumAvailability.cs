namespace SocialCare.Api.BrowserTests.Support;

/// <summary>
/// Whether the browser tests can run, and if not, why. A missing Chromium is the one reason a browser test may be
/// skipped, and only on a developer's machine: with <c>CI=true</c> it fails, so CI cannot pass without running them.
/// </summary>
public sealed record ChromiumAvailability(BrowserPrecondition Precondition, string Reason)
{
    public static ChromiumAvailability Decide(string executablePath, bool executableExists, string? ciVariable)
    {
        if (executableExists)
        {
            return new(BrowserPrecondition.Run, $"Chromium found at {executablePath}");
        }

        var reason = $"Chromium not found at {executablePath}; install Debian's chromium package "
            + $"(apt-get install chromium) or set {ChromiumLocation.EnvironmentVariable} to a Chromium binary";
        return new(IsCi(ciVariable) ? BrowserPrecondition.Fail : BrowserPrecondition.Ignore, reason);
    }

    /// <summary>The same test as .ci/run's: <c>CI=true</c>, here in any letter case.</summary>
    public static bool IsCi(string? ciVariable) => string.Equals(ciVariable?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    public static ChromiumAvailability ForThisRun(string executablePath) =>
        Decide(executablePath, File.Exists(executablePath), Environment.GetEnvironmentVariable("CI"));

    /// <summary>Ignores or fails the current test, or fixture when called from a one-time set-up, unless it can run.</summary>
    public void Enforce()
    {
        switch (Precondition)
        {
            case BrowserPrecondition.Ignore:
                Assert.Ignore(Reason);
                break;
            case BrowserPrecondition.Fail:
                Assert.Fail(Reason);
                break;
            default:
                break;
        }
    }
}

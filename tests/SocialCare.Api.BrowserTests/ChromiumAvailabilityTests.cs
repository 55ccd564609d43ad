using SocialCare.Api.BrowserTests.Support;

namespace SocialCare.Api.BrowserTests;

/// <summary>When the browser tests run, skip or fail: decided without a browser.</summary>
public class ChromiumAvailabilityTests
{
    private const string MissingReason =
        "Chromium not found at /opt/none/chromium; install Debian's chromium package (apt-get install chromium) or set SOCIALCARE_CHROMIUM to a Chromium binary";

    [TestCase(null)]
    [TestCase("true")]
    public void Present_chromium_runs_the_tests_in_and_out_of_CI(string? ci) =>
        Assert.That(ChromiumAvailability.Decide("/usr/lib/chromium/chromium", executableExists: true, ci).Precondition, Is.EqualTo(BrowserPrecondition.Run));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("false")]
    public void Missing_chromium_outside_CI_ignores_the_tests_and_says_why(string? ci) =>
        Assert.That(
            ChromiumAvailability.Decide("/opt/none/chromium", executableExists: false, ci),
            Is.EqualTo(new ChromiumAvailability(BrowserPrecondition.Ignore, MissingReason)));

    [TestCase("true")]
    [TestCase("TRUE")]
    [TestCase(" true ")]
    public void Missing_chromium_in_CI_fails_the_tests_with_the_same_reason(string ci) =>
        Assert.That(
            ChromiumAvailability.Decide("/opt/none/chromium", executableExists: false, ci),
            Is.EqualTo(new ChromiumAvailability(BrowserPrecondition.Fail, MissingReason)));
}

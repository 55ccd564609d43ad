using SocialCare.Api.BrowserTests.Support;

namespace SocialCare.Api.BrowserTests;

public class ChromiumLocationTests
{
    [Test]
    public void Environment_variable_wins_over_the_run_parameter() =>
        Assert.That(ChromiumLocation.Resolve("/opt/chromium/chrome", "/usr/lib/chromium/chromium"), Is.EqualTo("/opt/chromium/chrome"));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void Run_parameter_is_used_when_the_environment_variable_is_unset_or_blank(string? environment) =>
        Assert.That(ChromiumLocation.Resolve(environment, "/snap/bin/chromium"), Is.EqualTo("/snap/bin/chromium"));

    [Test]
    public void Debians_chromium_is_the_default_without_either() =>
        Assert.That(ChromiumLocation.Resolve(null, null), Is.EqualTo("/usr/lib/chromium/chromium"));
}

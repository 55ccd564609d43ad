using SocialCare.Api.BrowserTests.Support;

namespace SocialCare.Api.BrowserTests;

/// <summary>Closes the run's one browser after the last test of this namespace and those below it.</summary>
[SetUpFixture]
public sealed class BrowserRun
{
    [OneTimeTearDown]
    public Task CloseBrowserAsync() => SharedChromium.CloseAsync();
}

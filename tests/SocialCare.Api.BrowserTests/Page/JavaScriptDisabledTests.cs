using Microsoft.Playwright;
using SocialCare.Api.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialCare.Api.BrowserTests.Page;

/// <summary>
/// The page is complete without JavaScript (it ships none), and so is the demo's persona switcher.
/// No axe here: it needs the page's timers, which do not run with JavaScript disabled.
/// </summary>
public class JavaScriptDisabledTests : DemoHostTest
{
    [Test]
    public async Task Full_record_renders_completely_without_javascript()
    {
        var (page, status) = await OpenSocialCareAsync("demo-full", "demo-full", BrowserContexts.JavaScriptDisabled());

        Assert.That(status, Is.EqualTo(200));
        await DemoFullRecord.AssertShownAsync(page);
    }

    [Test]
    public async Task Show_all_case_notes_link_works_without_javascript()
    {
        var (page, status) = await OpenSocialCareAsync("demo-large", "demo-large", BrowserContexts.JavaScriptDisabled());
        var source = page.GetByRole(AriaRole.Region, new() { Name = "Kensington and Chelsea", Exact = true });
        var caseNotes = source.GetByRole(AriaRole.Table, new() { Name = "Case notes from Kensington and Chelsea", Exact = true });
        Assert.That(status, Is.EqualTo(200));
        await Expect(caseNotes.Locator("tbody tr")).ToHaveCountAsync(20);

        var followed = await FollowAsync(page, source.GetByRole(AriaRole.Link, new() { Name = "Show all 5,000 case notes from Kensington and Chelsea", Exact = true }));

        Assert.That(followed, Is.EqualTo(200));
        await Expect(caseNotes.Locator("tbody tr")).ToHaveCountAsync(5000);
        await Expect(source).ToContainTextAsync("Showing all 5,000 case notes.");
    }

    [Test]
    public async Task Persona_switcher_works_without_javascript()
    {
        var (page, _) = await OpenAsync("/", viewer: null, BrowserContexts.JavaScriptDisabled());

        await page.GetByLabel("View as").SelectOptionAsync("demo-carer-with-label");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change viewer" }).ClickAsync();

        await Expect(page.Locator("#current-viewer")).ToContainTextAsync("You are viewing as demo-carer-with-label");

        var status = await FollowAsync(page, SocialCarePageLink(page, "demo-full"));

        Assert.That(status, Is.EqualTo(200));
        await DemoFullRecord.AssertShownAsync(page);
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SocialCare.Api.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialCare.Api.BrowserTests.Page;

/// <summary>
/// The page's 200 states against the reference Host, each viewed by the patient: the content first, then axe
/// (WCAG 2.2 AA, no rule switched off).
/// </summary>
public class SocialCarePageRecordTests : DemoHostTest
{
    [Test]
    public async Task Full_record_shows_the_five_parts_under_its_local_authority()
    {
        var (page, status) = await OpenSocialCareAsync("demo-full", "demo-full");

        Assert.That(status, Is.EqualTo(200));
        await Expect(page).ToHaveTitleAsync("Social care");
        await DemoFullRecord.AssertShownAsync(page);
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Test]
    public async Task Unreachable_authority_is_named_in_a_warning_above_the_data_that_came()
    {
        var (page, status) = await OpenSocialCareAsync("demo-partial", "demo-partial");

        Assert.That(status, Is.EqualTo(200));
        await Expect(page).ToHaveTitleAsync("Social care (some information may be missing)");
        var warning = page.Locator(".nhsuk-warning-callout");
        await Expect(warning).ToHaveCountAsync(1);
        await Expect(warning.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Important: Some information may be missing");
        await Expect(warning).ToContainTextAsync(
            "We could not reach Westminster just now, so information they hold about you may be missing. Refresh the page in a few minutes.");
        await Expect(warning.GetByRole(AriaRole.Link)).ToHaveAttributeAsync("href", "https://support.example.org/social-care");
        await Expect(warning.Locator("code")).ToHaveTextAsync(new Regex("^[0-9a-f]{32}$"));
        await Expect(page.GetByRole(AriaRole.Region)).ToHaveCountAsync(1);
        await Expect(page.Locator("main > .nhsuk-warning-callout + section")).ToHaveAccessibleNameAsync("Hammersmith and Fulham");
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Test]
    public async Task Record_at_two_authorities_shows_each_source_under_its_own_name()
    {
        var (page, status) = await OpenSocialCareAsync("demo-two-authorities", "demo-two-authorities");

        Assert.That(status, Is.EqualTo(200));
        await Expect(page).ToHaveTitleAsync("Social care");
        await Expect(page.GetByRole(AriaRole.Region)).ToHaveCountAsync(2);
        await Expect(page.Locator("section > h2")).ToHaveTextAsync(["Brent", "Ealing"]);
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Care packages from Ealing", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator(".nhsuk-warning-callout")).ToHaveCountAsync(0);
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Test]
    public async Task Long_lists_show_their_most_recent_20_items_with_a_link_to_all()
    {
        var (page, status) = await OpenSocialCareAsync("demo-large", "demo-large");

        Assert.That(status, Is.EqualTo(200));
        var source = KensingtonAndChelsea(page);
        await Expect(CaseNotes(source).Locator("tbody tr")).ToHaveCountAsync(20);
        await Expect(source).ToContainTextAsync("Showing the most recent 20 of 5,000 case notes.");
        await Expect(ShowAll(source, "Show all 5,000 case notes")).ToHaveAttributeAsync("href", "/patients/demo-large/social-care?full=case-notes");
        await Expect(Assessments(source).Locator("tbody tr")).ToHaveCountAsync(20);
        await Expect(source).ToContainTextAsync("Showing the most recent 20 of 500 assessments.");
        await Expect(ShowAll(source, "Show all 500 assessments")).ToHaveAttributeAsync("href", "/patients/demo-large/social-care?full=assessments");
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Test]
    public async Task Show_all_case_notes_link_shows_all_5000()
    {
        var (page, _) = await OpenSocialCareAsync("demo-large", "demo-large");
        var source = KensingtonAndChelsea(page);

        var status = await FollowAsync(page, ShowAll(source, "Show all 5,000 case notes"));

        Assert.That(status, Is.EqualTo(200));
        Assert.That(new Uri(page.Url).PathAndQuery, Is.EqualTo("/patients/demo-large/social-care?full=case-notes"));
        await Expect(CaseNotes(source).Locator("tbody tr")).ToHaveCountAsync(5000);
        await Expect(source).ToContainTextAsync("Showing all 5,000 case notes.");
        await Expect(source.GetByRole(AriaRole.Link, new() { Name = "Show the most recent 20 case notes" }))
            .ToHaveAttributeAsync("href", "/patients/demo-large/social-care");
        await Expect(Assessments(source).Locator("tbody tr")).ToHaveCountAsync(20);

        // No axe here: it takes over a minute on 5,000 rows. The full list's markup is the short list's with more
        // rows, and the 500 assessments in full are scanned below.
    }

    [Test]
    public async Task Show_all_assessments_link_shows_all_500()
    {
        var (page, _) = await OpenSocialCareAsync("demo-large", "demo-large");
        var source = KensingtonAndChelsea(page);

        var status = await FollowAsync(page, ShowAll(source, "Show all 500 assessments"));

        Assert.That(status, Is.EqualTo(200));
        Assert.That(new Uri(page.Url).PathAndQuery, Is.EqualTo("/patients/demo-large/social-care?full=assessments"));
        await Expect(Assessments(source).Locator("tbody tr")).ToHaveCountAsync(500);
        await Expect(source).ToContainTextAsync("Showing all 500 assessments.");
        await Expect(CaseNotes(source).Locator("tbody tr")).ToHaveCountAsync(20);
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Test]
    public async Task Unreadable_items_are_left_out_under_a_partial_record_warning()
    {
        var (page, status) = await OpenSocialCareAsync("sandbox-unreadable", "sandbox-unreadable");

        Assert.That(status, Is.EqualTo(200));
        await Expect(page).ToHaveTitleAsync("Social care (some items could not be shown)");
        var warning = page.Locator(".nhsuk-warning-callout");
        await Expect(warning.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Important: Some items could not be shown");
        await Expect(warning).ToContainTextAsync(
            "Some items from Hammersmith and Fulham could not be read, so they are not shown here. If something seems to be missing, speak to your social care team.");
        var source = page.GetByRole(AriaRole.Region, new() { Name = "Hammersmith and Fulham", Exact = true });
        await Expect(source.GetByRole(AriaRole.Heading, new() { Level = 3 })).ToHaveCountAsync(5);
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    // demo-large's one source.
    private static ILocator KensingtonAndChelsea(IPage page) =>
        page.GetByRole(AriaRole.Region, new() { Name = "Kensington and Chelsea", Exact = true });

    private static ILocator CaseNotes(ILocator source) =>
        source.GetByRole(AriaRole.Table, new() { Name = "Case notes from Kensington and Chelsea", Exact = true });

    private static ILocator Assessments(ILocator source) =>
        source.GetByRole(AriaRole.Table, new() { Name = "Assessments from Kensington and Chelsea", Exact = true });

    // The link's name ends with its source, in text only a screen reader reads: "… from Kensington and Chelsea".
    private static ILocator ShowAll(ILocator source, string text) =>
        source.GetByRole(AriaRole.Link, new() { Name = text + " from Kensington and Chelsea", Exact = true });
}

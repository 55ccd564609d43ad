using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SocialCare.Api.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;
using static SocialCare.TestSupport.Demo;

namespace SocialCare.Api.BrowserTests.Page;

/// <summary>
/// The patient's access history page (spec §7) against the reference Host, as the record page is tested: reached
/// from the record page, its content, axe (WCAG 2.2 AA, no rule switched off), the keyboard alone, no JavaScript and
/// 320 CSS px. Each test reads a patient that no other test here reads, after making the attempts it reads.
/// </summary>
public class AccessHistoryPageTests : DemoHostTest
{
    private const string Title = "Who has looked at your social care information";

    [Test]
    public async Task Patient_follows_the_record_pages_link_to_who_has_looked_with_no_accessibility_violations()
    {
        await ViewAsync("demo-two-authorities", "demo-carer-without-label");
        var (page, _) = await OpenSocialCareAsync("demo-two-authorities", "demo-two-authorities");

        var status = await FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }));

        Assert.That(status, Is.EqualTo(200));
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/patients/demo-two-authorities/social-care/access-history"));
        await Expect(page).ToHaveTitleAsync(Title + " – Social care");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
        var table = page.GetByRole(AriaRole.Table, new() { Name = Title, Exact = true });
        await Expect(table.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["When", "Who", "Their connection to you", "Where", "What they saw"]);
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(table.Locator("tbody tr").Nth(0).GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync(new Regex("You$"));
        await Expect(table.Locator("tbody tr").Nth(1).GetByRole(AriaRole.Cell).Nth(1)).ToHaveTextAsync(new Regex("A carer$"));
        await Expect(table.Locator("time").First).ToHaveAttributeAsync("datetime", new Regex(DemoFullRecord.InstantPattern));
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Test]
    public async Task Page_of_older_entries_has_no_accessibility_violations()
    {
        await ViewManyAsync("demo-not-known", 21);
        var (page, _) = await OpenHistoryAsync("demo-not-known");

        var status = await FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Show older entries", Exact = true }));

        Assert.That(status, Is.EqualTo(200));
        Assert.That(new Uri(page.Url).Query, Does.Match("^\\?before=[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Table).Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Show the newest entries", Exact = true }))
            .ToHaveAttributeAsync("href", "/patients/demo-not-known/social-care/access-history");
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Test]
    public async Task Empty_history_has_no_accessibility_violations()
    {
        var (page, status) = await OpenHistoryAsync("demo-no-nhs-number");

        Assert.That(status, Is.EqualTo(200));
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("Nobody has looked at your social care information yet.");
        await Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Test]
    public async Task Tab_visits_the_skip_link_the_back_link_then_the_older_entries_link()
    {
        await ViewManyAsync("demo-record-mismatch", 21);
        var (page, _) = await OpenHistoryAsync("demo-record-mismatch");

        var order = await TabOrder.RecordAsync(page);

        Assert.That(order, Has.Count.EqualTo(3));
        Assert.That(order.Take(2), Is.EqualTo(new[]
        {
            new FocusStop("a", "Skip to main content", "#maincontent"),
            new FocusStop("a", "Back to Social care", "/patients/demo-record-mismatch/social-care"),
        }));
        Assert.That(order[2].Name, Is.EqualTo("Show older entries"));
        Assert.That(order[2].Href, Does.StartWith("/patients/demo-record-mismatch/social-care/access-history?before="));

        var status = await FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Show older entries", Exact = true }), link => link.PressAsync("Enter"));

        Assert.That(status, Is.EqualTo(200));
        await Expect(page.GetByRole(AriaRole.Table).Locator("tbody tr")).ToHaveCountAsync(1);
    }

    [Test]
    public async Task Record_pages_link_to_the_history_is_reached_and_followed_with_the_keyboard()
    {
        var (page, _) = await OpenSocialCareAsync("demo-full", "demo-carer-with-label");
        Assert.That(await TabOrder.RecordAsync(page), Has.None.Property(nameof(FocusStop.Name)).EqualTo(Title), "a carer is not shown the way to the patient's history");

        var (own, _) = await OpenSocialCareAsync("demo-full", "demo-full");
        Assert.That(await TabOrder.RecordAsync(own), Has.Member(new FocusStop("a", Title, "/patients/demo-full/social-care/access-history")));

        var status = await FollowAsync(own, own.GetByRole(AriaRole.Link, new() { Name = Title, Exact = true }), link => link.PressAsync("Enter"));

        Assert.That(status, Is.EqualTo(200));
        await Expect(own.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Title);
    }

    [Test]
    public async Task History_renders_completely_and_pages_without_javascript()
    {
        await ViewManyAsync("demo-outside-pilot", 21);
        var (page, status) = await OpenHistoryAsync("demo-outside-pilot", BrowserContexts.JavaScriptDisabled());

        Assert.That(status, Is.EqualTo(200));
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = Title, Exact = true }).Locator("tbody tr")).ToHaveCountAsync(20);

        var followed = await FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Show older entries", Exact = true }));

        Assert.That(followed, Is.EqualTo(200));
        await Expect(page.GetByRole(AriaRole.Table).Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Back to Social care", Exact = true })).ToHaveAttributeAsync("href", "/patients/demo-outside-pilot/social-care");
    }

    [Test]
    public async Task History_reflows_at_320_css_pixels()
    {
        await ViewAsync("demo-not-shared", "demo-team-professional", page: false);
        var (page, _) = await OpenHistoryAsync("demo-not-shared", BrowserContexts.NarrowViewport());
        await Expect(page.GetByRole(AriaRole.Table).Locator("tbody tr")).ToHaveCountAsync(1);

        await ReflowCheck.AssertReflowsAsync(page);
    }

    private Task<LoadedPage> OpenHistoryAsync(string patientId, BrowserNewContextOptions? options = null) =>
        OpenAsync($"/patients/{patientId}/social-care/access-history", patientId, options);

    // The tab is not audited: the record, as JSON (page false) or the page, is what the history lists.
    private async Task ViewAsync(string patientId, string viewer, bool page = true)
    {
        using var client = new HttpClient { BaseAddress = Host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, page ? $"/patients/{patientId}/social-care" : $"/api/v1/patients/{patientId}/social-care");
        request.Headers.Add(ViewerHeader, viewer);
        using var response = await client.SendAsync(request);
    }

    // The JSON record as the patient, so that the history has more than a page.
    private async Task ViewManyAsync(string patientId, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await ViewAsync(patientId, patientId, page: false);
        }
    }
}

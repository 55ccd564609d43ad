using Microsoft.Playwright;
using SocialCare.Api.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialCare.Api.BrowserTests.Demo;

/// <summary>
/// The Host's start page: choosing a viewer in the persona switcher (kept in the <c>demo-viewer</c> cookie, no
/// header involved) decides what a patient's Social care page shows.
/// </summary>
public class PersonaSwitcherTests : DemoHostTest
{
    [Test]
    public async Task Start_page_offers_the_switcher_and_every_demo_patient()
    {
        var (page, status) = await OpenAsync("/", viewer: null);

        Assert.That(status, Is.EqualTo(200));
        await Expect(page).ToHaveTitleAsync("Social care demo – choose a viewer and a patient");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Social care demo");
        await Expect(page.Locator("#current-viewer")).ToHaveTextAsync("No viewer is chosen, so every page answers that you need to sign in.");
        await Expect(page.GetByLabel("View as")).ToHaveValueAsync("");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Social care page for", Exact = false })).ToHaveCountAsync(12);
        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Test]
    public async Task Carer_with_the_label_chosen_by_click_sees_demo_fulls_record()
    {
        var (page, _) = await OpenAsync("/", viewer: null);

        await page.GetByLabel("View as").SelectOptionAsync("demo-carer-with-label");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change viewer" }).ClickAsync();

        await Expect(page.Locator("#current-viewer")).ToHaveTextAsync("You are viewing as demo-carer-with-label (carer who holds the social care label).");
        await Expect(page.GetByLabel("View as")).ToHaveValueAsync("demo-carer-with-label");
        await AxeCheck.AssertNoViolationsAsync(page);

        var status = await FollowAsync(page, SocialCarePageLink(page, "demo-full"));

        Assert.That(status, Is.EqualTo(200));
        await DemoFullRecord.AssertShownAsync(page);
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("What the social care teams of this person's local authority have recorded");
    }

    [Test]
    public async Task Carer_without_the_label_chosen_by_keyboard_is_told_they_have_no_access()
    {
        var (page, _) = await OpenAsync("/", viewer: null);

        await page.GetByLabel("View as").SelectOptionAsync("demo-carer-without-label");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change viewer" }).PressAsync("Enter");

        await Expect(page.Locator("#current-viewer")).ToHaveTextAsync("You are viewing as demo-carer-without-label (carer without the social care label).");

        var status = await FollowAsync(page, SocialCarePageLink(page, "demo-full"), link => link.PressAsync("Enter"));

        Assert.That(status, Is.EqualTo(403));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You cannot see this social care information");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("You do not have access to this person's social care information.");
    }
}

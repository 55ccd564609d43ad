using Microsoft.Playwright;
using SocialCare.Api.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialCare.Api.BrowserTests.Page;

/// <summary>The page with the keyboard alone: the Tab order, a visible focus, the skip link and the "Show all" links.</summary>
public class KeyboardTests : DemoHostTest
{
    // How the focused element shows that it has focus: nhsuk-frontend gives a focused link a box shadow (over a
    // yellow background) and a transparent outline, for Windows high contrast mode; a visible outline would do too.
    private const string FocusIndicator = """
        () => {
          const style = getComputedStyle(document.activeElement);
          return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow];
        }
        """;

    [Test]
    public async Task Tab_visits_the_skip_link_then_the_links_in_document_order()
    {
        var (page, _) = await OpenSocialCareAsync("demo-full", "demo-full");

        var order = await TabOrder.RecordAsync(page);

        Assert.That(order, Is.EqualTo(new[]
        {
            new FocusStop("a", "Skip to main content", "#maincontent"),
            new FocusStop("a", "Who has looked at your social care information", "/patients/demo-full/social-care/access-history"),
            new FocusStop("a", "020 7946 0001", "tel:02079460001"),
            new FocusStop("a", "020 7946 0002", "tel:02079460002"),
        }));
    }

    [Test]
    public async Task Every_element_tab_reaches_shows_that_it_has_focus()
    {
        var (page, _) = await OpenSocialCareAsync("demo-full", "demo-full");
        // Without focus a link has no shadow, so a shadow below is focus's doing.
        var unfocused = await page.GetByRole(AriaRole.Link, new() { Name = "020 7946 0001" }).EvaluateAsync<string>("link => getComputedStyle(link).boxShadow");
        Assert.That(unfocused, Is.EqualTo("none"));

        // The skip link, the link to the access history and the two telephone links: every stop of the Tab order above.
        for (var stop = 0; stop < 4; stop++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = page.Locator(":focus");
            var style = await page.EvaluateAsync<string[]>(FocusIndicator);

            await Expect(focused).ToBeInViewportAsync();
            Assert.That(
                style[3] != "none" || (style[0] != "none" && style[1] != "0px" && style[2] != "rgba(0, 0, 0, 0)"),
                Is.True,
                $"no focus indicator on {await focused.TextContentAsync()}: outline {style[0]} {style[1]} {style[2]}, box-shadow {style[3]}");
        }
    }

    [Test]
    public async Task Skip_link_moves_focus_to_the_main_content()
    {
        var (page, _) = await OpenSocialCareAsync("demo-full", "demo-full");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Main)).ToBeFocusedAsync();
        Assert.That(new Uri(page.Url).Fragment, Is.EqualTo("#maincontent"));
    }

    [Test]
    public async Task Show_all_links_are_reached_and_followed_with_the_keyboard()
    {
        var (page, _) = await OpenSocialCareAsync("demo-large", "demo-large");

        var order = await TabOrder.RecordAsync(page);

        Assert.That(order, Has.Member(new FocusStop("a", "Show all 500 assessments from Kensington and Chelsea", "/patients/demo-large/social-care?full=assessments")));
        Assert.That(order, Has.Member(new FocusStop("a", "Show all 5,000 case notes from Kensington and Chelsea", "/patients/demo-large/social-care?full=case-notes")));

        var showAll = page.GetByRole(AriaRole.Link, new() { Name = "Show all 500 assessments from Kensington and Chelsea", Exact = true });
        var status = await FollowAsync(page, showAll, link => link.PressAsync("Enter"));

        Assert.That(status, Is.EqualTo(200));
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Assessments from Kensington and Chelsea", Exact = true }).Locator("tbody tr")).ToHaveCountAsync(500);
    }
}

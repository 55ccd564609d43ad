using Microsoft.Playwright;
using SocialCare.Api.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialCare.Api.BrowserTests.Page;

/// <summary>WCAG 1.4.10: at 320 CSS px the pages reflow into one column, with nothing to scroll sideways.</summary>
public class ReflowTests : DemoHostTest
{
    [TestCase("/patients/demo-full/social-care", "demo-full", "Social care", TestName = "Full_record_reflows_at_320_css_pixels")]
    [TestCase("/patients/demo-two-authorities/social-care", "demo-two-authorities", "Social care", TestName = "Record_at_two_authorities_reflows_at_320_css_pixels")]
    [TestCase("/patients/demo-large/social-care", "demo-large", "Social care", TestName = "Long_lists_reflow_at_320_css_pixels")]
    [TestCase("/patients/demo-partial/social-care", "demo-partial", "Social care", TestName = "Warning_reflows_at_320_css_pixels")]
    [TestCase("/patients/demo-unavailable/social-care", "demo-unavailable", "Social care information is unavailable right now", TestName = "Unavailable_page_and_its_reference_reflow_at_320_css_pixels")]
    [TestCase("/", null, "Social care demo", TestName = "Start_page_reflows_at_320_css_pixels")]
    public async Task Page_reflows_at_320_css_pixels(string path, string? viewer, string heading)
    {
        var (page, _) = await OpenAsync(path, viewer, BrowserContexts.NarrowViewport());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);

        await ReflowCheck.AssertReflowsAsync(page);
    }
}

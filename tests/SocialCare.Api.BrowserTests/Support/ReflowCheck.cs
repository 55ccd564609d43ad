using Microsoft.Playwright;

namespace SocialCare.Api.BrowserTests.Support;

/// <summary>WCAG 1.4.10 (reflow): at <see cref="BrowserContexts.NarrowViewportWidth"/> nothing scrolls sideways.</summary>
public static class ReflowCheck
{
    public static async Task<PageWidths> MeasureAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        return new PageWidths(widths[0], widths[1]);
    }

    /// <summary>Fails unless the page, opened in <see cref="BrowserContexts.NarrowViewport"/>, fits its width.</summary>
    public static async Task AssertReflowsAsync(IPage page)
    {
        var widths = await MeasureAsync(page);

        // A check at desktop width would pass without proving anything.
        Assert.That(widths.InnerWidth, Is.EqualTo(BrowserContexts.NarrowViewportWidth), "open the page in BrowserContexts.NarrowViewport()");
        Assert.That(widths.ScrollsHorizontally, Is.False, $"the page is {widths.ScrollWidth} CSS px wide in a {widths.InnerWidth} CSS px viewport");
    }
}

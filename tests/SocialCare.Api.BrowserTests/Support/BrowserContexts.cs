using Microsoft.Playwright;

namespace SocialCare.Api.BrowserTests.Support;

/// <summary>Context options for the ways people meet the page. Each call returns new options, free to change.</summary>
public static class BrowserContexts
{
    /// <summary>WCAG 2.2 success criterion 1.4.10 (reflow): content fits 320 CSS px without scrolling sideways.</summary>
    public const int NarrowViewportWidth = 320;

    public const int NarrowViewportHeight = 640;

    public static BrowserNewContextOptions JavaScriptDisabled() => new() { JavaScriptEnabled = false };

    public static BrowserNewContextOptions NarrowViewport() =>
        new() { ViewportSize = new ViewportSize { Width = NarrowViewportWidth, Height = NarrowViewportHeight } };
}

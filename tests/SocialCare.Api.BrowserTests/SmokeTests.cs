using Microsoft.Playwright;
using SocialCare.Api.BrowserTests.Support;

namespace SocialCare.Api.BrowserTests;

/// <summary>
/// The whole chain on this machine without the host: Kestrel on loopback, Debian's Chromium through Playwright, and
/// each helper shown to pass on a good page and to catch a bad one.
/// </summary>
public class SmokeTests : BrowserTest
{
    private const string AccessiblePage = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Social care</title>
          <style>
            /* Targets of at least 24 by 24 CSS px (WCAG 2.5.8). */
            a, button { display: inline-block; min-height: 24px; min-width: 24px; padding: 0.25rem; margin: 0.25rem; }
          </style>
        </head>
        <body>
          <a href="#main">Skip to main content</a>
          <header>
            <nav aria-label="Record">
              <a href="/accessible">Home</a>
              <a href="/help">Help</a>
            </nav>
          </header>
          <main id="main">
            <h1>Social care</h1>
            <noscript><p id="without-script">This page works without JavaScript.</p></noscript>
            <table>
              <caption>Care packages</caption>
              <thead><tr><th scope="col">Service</th><th scope="col">Start date</th></tr></thead>
              <tbody><tr><td>Home care</td><td>3 November 2025</td></tr></tbody>
            </table>
            <button type="button" aria-label="Refresh care packages">Refresh</button>
          </main>
        </body>
        </html>
        """;

    private const string ImageWithoutAltPage = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Chart</title></head>
        <body>
          <main>
            <h1>Chart</h1>
            <img id="chart" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=">
          </main>
        </body>
        </html>
        """;

    private const string WidePage = """
        <!doctype html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Wide</title></head>
        <body style="margin: 0"><main><h1>Wide</h1><div style="width: 1000px">A fixed width that cannot reflow</div></main></body>
        </html>
        """;

    private LoopbackSite? _site;

    private LoopbackSite Site => _site ?? throw new InvalidOperationException("the site starts in the one-time set-up");

    [OneTimeSetUp]
    public async Task StartSiteAsync() =>
        _site = await LoopbackSite.StartAsync(new Dictionary<string, string>
        {
            ["/accessible"] = AccessiblePage,
            ["/image-without-alt"] = ImageWithoutAltPage,
            ["/wide"] = WidePage,
        });

    [OneTimeTearDown]
    public async Task StopSiteAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync();
        }
    }

    [Test]
    public async Task Accessible_page_has_no_axe_violations()
    {
        var page = await OpenAsync("/accessible");

        await AxeCheck.AssertNoViolationsAsync(page);
    }

    [Test]
    public async Task Image_without_alt_text_is_reported()
    {
        var page = await OpenAsync("/image-without-alt");

        var violations = (await AxeCheck.RunWcagAsync(page)).Violations;

        Assert.That(
            violations.Select(AxeCheck.Describe),
            Is.EqualTo(new[] { "image-alt (critical): Images must have alternative text at #chart" }));
    }

    [Test]
    public async Task Javascript_disabled_context_runs_no_script()
    {
        var withScript = await OpenAsync("/accessible");
        var withoutScript = await OpenAsync("/accessible", BrowserContexts.JavaScriptDisabled());

        // A noscript element is shown only where scripts do not run.
        await Assertions.Expect(withoutScript.Locator("#without-script")).ToBeVisibleAsync();
        await Assertions.Expect(withScript.Locator("#without-script")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task Axe_in_a_javascript_disabled_context_stops_with_a_reason_instead_of_hanging()
    {
        var page = await OpenAsync("/accessible", BrowserContexts.JavaScriptDisabled());

        var exception = await Assert.ThrowsAsync<TimeoutException>(() => AxeCheck.RunWcagAsync(page, TimeSpan.FromSeconds(2)));

        Assert.That(exception.Message, Does.Contain("JavaScript disabled"));
    }

    [Test]
    public async Task Accessible_page_reflows_at_320_css_pixels()
    {
        var page = await OpenAsync("/accessible", BrowserContexts.NarrowViewport());

        await ReflowCheck.AssertReflowsAsync(page);
    }

    [Test]
    public async Task Fixed_width_content_scrolls_sideways_at_320_css_pixels()
    {
        var page = await OpenAsync("/wide", BrowserContexts.NarrowViewport());

        Assert.That(await ReflowCheck.MeasureAsync(page), Is.EqualTo(new PageWidths(ScrollWidth: 1000, InnerWidth: 320)));
    }

    [Test]
    public async Task Tab_visits_skip_link_navigation_and_button_in_document_order()
    {
        var page = await OpenAsync("/accessible");

        var order = await TabOrder.RecordAsync(page);

        Assert.That(order, Is.EqualTo(new[]
        {
            new FocusStop("a", "Skip to main content", "#main"),
            new FocusStop("a", "Home", "/accessible"),
            new FocusStop("a", "Help", "/help"),
            new FocusStop("button", "Refresh care packages"),
        }));
    }

    private async Task<IPage> OpenAsync(string path, BrowserNewContextOptions? options = null)
    {
        var page = await NewPageAsync(options);
        var response = await page.GotoAsync(Site.UrlOf(path).ToString());

        Assert.That(response?.Status, Is.EqualTo(200));
        return page;
    }
}

using Microsoft.Playwright;
using SocialCare.TestSupport;
using static SocialCare.TestSupport.Demo;

namespace SocialCare.Api.BrowserTests.Support;

/// <summary>
/// Base of the fixtures that drive the reference Host: one <see cref="DemoHost"/> per fixture, started after the
/// browser (so a machine without Chromium starts no host) and stopped after the fixture's last test.
/// </summary>
public abstract class DemoHostTest : BrowserTest
{
    private DemoHost? _host;

    protected DemoHost Host => _host ?? throw new InvalidOperationException("the host starts in the fixture's one-time set-up");

    [OneTimeSetUp]
    public void StartHost() => _host = DemoHost.Start();

    /// <summary>
    /// Every test of the Host's pages, whatever it checks, also checks that nothing went wrong on the way: no console
    /// error or warning, no blocked or failed request, no missing file (<see cref="PageProblems"/>). Runs before the
    /// base class closes the pages.
    /// </summary>
    [TearDown]
    public void AssertNoPageProblems() =>
        Assert.That(PageProblemsSoFar, Is.Empty, "the browser reported problems on the Host's pages");

    [OneTimeTearDown]
    public async Task StopHostAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    /// <summary>Context options whose every request names <paramref name="viewer"/> in the Host's viewer header.</summary>
    protected static BrowserNewContextOptions As(string viewer, BrowserNewContextOptions? options = null)
    {
        var viewing = options ?? new BrowserNewContextOptions();
        viewing.ExtraHTTPHeaders = new Dictionary<string, string>(viewing.ExtraHTTPHeaders ?? []) { [ViewerHeader] = viewer };
        return viewing;
    }

    /// <summary>Opens the Host's <paramref name="pathAndQuery"/> in a new context; <paramref name="viewer"/> null is no viewer.</summary>
    protected async Task<LoadedPage> OpenAsync(string pathAndQuery, string? viewer, BrowserNewContextOptions? options = null)
    {
        var page = await NewPageAsync(viewer is null ? options : As(viewer, options));
        var response = await page.GotoAsync(Host.UrlOf(pathAndQuery).ToString())
            ?? throw new InvalidOperationException($"no response for {pathAndQuery}");
        return new LoadedPage(page, response.Status);
    }

    /// <summary>
    /// Activates <paramref name="link"/> (a click unless <paramref name="activate"/> says otherwise, e.g. a key press)
    /// and waits until the browser is at the page it leads to; returns that document's HTTP status.
    /// </summary>
    protected static async Task<int> FollowAsync(IPage page, ILocator link, Func<ILocator, Task>? activate = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(link);
        var href = await link.GetAttributeAsync("href") ?? throw new InvalidOperationException("the link has no href");
        var target = new Uri(new Uri(page.Url), href).ToString();
        var response = await page.RunAndWaitForResponseAsync(() => (activate ?? (l => l.ClickAsync()))(link), response => response.Url == target);

        // The page is there once its URL is; what follows waits on what it checks, as every expectation does.
        // WaitForURLAsync also waits for the load event, and twice, at load averages of 20 and 40, it timed out after 90 s
        // having seen "NetworkIdle event fired" but no load event: most likely the load event fired between Playwright's
        // check of the states seen and its subscription (the .NET client does the two apart), a race a busy machine widens.
        await Assertions.Expect(page).ToHaveURLAsync(target);
        return response.Status;
    }

    /// <summary>
    /// The start page's link to a patient's Social care page: "Social care page", named for screen readers with the
    /// patient ("… for demo-full").
    /// </summary>
    protected static ILocator SocialCarePageLink(IPage page, string patientId)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.GetByRole(AriaRole.Link, new() { Name = "Social care page for " + patientId, Exact = true });
    }

    /// <summary>The Social care page of <paramref name="patientId"/>, as <paramref name="viewer"/> sees it.</summary>
    protected Task<LoadedPage> OpenSocialCareAsync(string patientId, string? viewer, BrowserNewContextOptions? options = null) =>
        OpenAsync(Routes.Page(patientId), viewer, options);
}

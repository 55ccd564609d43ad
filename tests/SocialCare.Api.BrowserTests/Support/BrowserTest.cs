using Microsoft.Playwright;

namespace SocialCare.Api.BrowserTests.Support;

/// <summary>
/// Base of every fixture that drives the browser: checks that Chromium is there (ignoring the fixture on a
/// developer's machine without it, failing it in CI), and gives each test fresh contexts that are closed after it.
/// </summary>
public abstract class BrowserTest
{
    private readonly List<IBrowserContext> _contexts = [];
    private IBrowser? _browser;

    protected IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser starts in the fixture's one-time set-up");

    [OneTimeSetUp]
    public async Task StartBrowserAsync()
    {
        var executablePath = ChromiumLocation.ForThisRun();
        ChromiumAvailability.ForThisRun(executablePath).Enforce();
        _browser = await SharedChromium.GetAsync(executablePath);
    }

    [TearDown]
    public async Task CloseContextsAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        _contexts.Clear();
    }

    /// <summary>A page in a new context of its own (see <see cref="BrowserContexts"/>), closed after the test.</summary>
    protected async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }
}

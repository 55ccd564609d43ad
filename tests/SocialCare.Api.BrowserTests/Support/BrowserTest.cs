using Microsoft.Playwright;

namespace SocialCare.Api.BrowserTests.Support;

/// <summary>
/// Base of every fixture that drives the browser: checks that Chromium is there (ignoring the fixture on a
/// developer's machine without it, failing it in CI), and gives each test fresh contexts that are closed after it.
/// </summary>
public abstract class BrowserTest
{
    /// <summary>
    /// How long an expectation may take to come true, and an action or a navigation to complete: only bounds on a hang,
    /// generous because Chromium shares two cores with the tests, CPU burners and other builds (Playwright's own 5 s
    /// and 30 s are tight there). A passing expectation returns as soon as it holds, so this costs passing tests nothing.
    /// </summary>
    private static readonly TimeSpan ExpectationBound = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan ActionBound = TimeSpan.FromSeconds(90);

    private readonly List<IBrowserContext> _contexts = [];
    private readonly List<PageProblems> _problems = [];
    private IBrowser? _browser;

    protected IBrowser Browser => _browser ?? throw new InvalidOperationException("the browser starts in the fixture's one-time set-up");

    [OneTimeSetUp]
    public async Task StartBrowserAsync()
    {
        var executablePath = ChromiumLocation.ForThisRun();
        ChromiumAvailability.ForThisRun(executablePath).Enforce();
        Assertions.SetDefaultExpectTimeout((float)ExpectationBound.TotalMilliseconds);
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
        _problems.Clear();
    }

    /// <summary>Everything that went wrong in the pages of <see cref="NewPageAsync"/> during this test so far.</summary>
    protected IReadOnlyList<string> PageProblemsSoFar => [.. _problems.SelectMany(problems => problems.All)];

    /// <summary>
    /// A page in a new context of its own (see <see cref="BrowserContexts"/>), closed after the test, whose console and
    /// network are watched from the start (<see cref="PageProblemsSoFar"/>).
    /// </summary>
    protected async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options);
        _contexts.Add(context);
        context.SetDefaultTimeout((float)ActionBound.TotalMilliseconds);
        var page = await context.NewPageAsync();
        _problems.Add(PageProblems.Watch(page));
        return page;
    }
}

using System.Net;
using System.Text.RegularExpressions;
using SocialCare.Api.Http;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Page;

/// <summary>
/// The stylesheet is built from only the nhsuk-frontend modules that src/Api/Assets/social-care.scss lists: a page
/// that starts to use a class of another module would silently lose its style. So every state of every page (the
/// Social care page, the access history page, the Host's start page) is rendered over HTTP, and each nhsuk class in
/// its markup must be a selector of the stylesheet the page links.
/// </summary>
public partial class PageStylesheetTests : DemoHostFixture
{
    private static readonly string[] FullLists = ["social-workers", "care-packages", "assessments", "case-notes", "communication-needs"];

    private HashSet<string> _selectors = null!;

    [OneTimeSetUp]
    public async Task ReadStylesheetAsync()
    {
        var stylesheet = await Client.GetAsync("/social-care-assets/" + SocialCareAssets.Stylesheet, viewer: null);
        Assert.That(stylesheet.Status, Is.EqualTo(200));
        _selectors = ClassSelectors(stylesheet.Body);
    }

    [Test]
    public async Task Every_nhsuk_class_of_every_page_state_is_styled_by_the_stylesheet_it_links()
    {
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (state, html) in await EveryStateAsync())
        {
            // Razor writes the void element as <link … />; either form is the same element.
            Assert.That(html, Does.Match("<link rel=\"stylesheet\" href=\"/social-care-assets/" + Regex.Escape(SocialCareAssets.Stylesheet) + "\" ?/?>"), state);
            var classes = NhsukClasses(html);
            seen.UnionWith(classes);
            missing.AddRange(Missing(classes, _selectors).Select(name => $"{name} ({state})"));
        }

        Assert.That(missing, Is.Empty, "add the module of each to src/Api/Assets/social-care.scss and run npm run build there");

        // The states above reach every kind of markup the pages have: tables, lists, warnings, paging, the form.
        Assert.That(seen, Is.SupersetOf(new[]
        {
            "nhsuk-table-responsive", "nhsuk-summary-list", "nhsuk-warning-callout", "nhsuk-back-link", "nhsuk-select", "nhsuk-button",
        }));
    }

    [Test]
    public void Class_the_stylesheet_lacks_is_reported()
    {
        const string Html = "<main class=\"nhsuk-main-wrapper\"><div class=\"other nhsuk-card  nhsuk-card__content\">"
            + "<p class=\"nhsuk-body\">x</p></div></main>";
        var selectors = ClassSelectors(".nhsuk-main-wrapper{margin:0}.nhsuk-body,.nhsuk-card-group>.x{color:red}@media(min-width:1px){.nhsuk-card__heading:hover{x:y}}");

        Assert.That(Missing(NhsukClasses(Html), selectors), Is.EqualTo(new[] { "nhsuk-card", "nhsuk-card__content" }));
    }

    private static IEnumerable<string> Missing(IEnumerable<string> classes, HashSet<string> selectors) =>
        classes.Where(name => !selectors.Contains(name)).Order(StringComparer.Ordinal);

    private static HashSet<string> NhsukClasses(string html) =>
        ClassAttribute().Matches(html)
            .SelectMany(match => WebUtility.HtmlDecode(match.Groups[1].Value).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(name => name.StartsWith("nhsuk-", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> ClassSelectors(string css) =>
        ClassSelector().Matches(css).Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every state's HTML, named: each outcome of the Social care page, each list in full, the access history
    /// (its own, someone else's, and both ends of its paging), and the start page signed out and in.</summary>
    private async Task<List<(string State, string Html)>> EveryStateAsync()
    {
        var states = new List<(string, string)>();

        async Task AddAsync(string path, string? viewer, params (string Name, string Value)[] headers)
        {
            var answer = await Client.GetAsync(path, viewer, headers);
            Assert.That(answer.ContentType, Is.EqualTo("text/html; charset=utf-8"), path);
            states.Add(($"{path} as {viewer ?? "no one"} ({answer.Status})", answer.Body));
        }

        foreach (var row in SpecSix.View)
        {
            await AddAsync(Routes.Page(row.Patient), row.Patient);
        }

        await AddAsync(Routes.Page(Demo.Full), Demo.CarerWithLabel);
        await AddAsync(Routes.Page(Demo.Full), Demo.Unrelated);
        await AddAsync(Routes.Page(Demo.Full), viewer: null);
        await AddAsync("/patients/bad!id/social-care", Demo.Full);
        foreach (var list in FullLists)
        {
            await AddAsync($"{Routes.Page(Demo.Large)}?full={list}", Demo.Large);
        }

        await AddAsync(Routes.HistoryPage(Demo.Full), Demo.Full);
        await AddAsync(Routes.HistoryPage(Demo.Full), Demo.TeamProfessional);

        // More entries than a page of history holds (20), so that it links to the older ones, and they back.
        for (var i = 0; i < 21; i++)
        {
            await Client.GetAsync(Routes.Page(Demo.NoNhsNumber), Demo.NoNhsNumber);
        }

        var newest = await Client.GetAsync(Routes.HistoryPage(Demo.NoNhsNumber), Demo.NoNhsNumber);
        states.Add(("the newest page of a long history", newest.Body));
        var older = OlderLink().Match(newest.Body);
        Assert.That(older.Success, Is.True, "the history of 21 views links to its older entries");
        await AddAsync(WebUtility.HtmlDecode(older.Groups[1].Value), Demo.NoNhsNumber);

        await AddAsync("/", viewer: null);
        await AddAsync("/", viewer: null, ("Cookie", Demo.ViewerCookie + "=" + Demo.Full));
        return states;
    }

    [GeneratedRegex("class=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ClassAttribute();

    // A class in a selector: a dot, then a name (never a digit first, unlike ".5em").
    [GeneratedRegex(@"\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ClassSelector();

    [GeneratedRegex("<a class=\"nhsuk-link\" href=\"([^\"]*)\">Show older entries</a>", RegexOptions.CultureInvariant)]
    private static partial Regex OlderLink();
}

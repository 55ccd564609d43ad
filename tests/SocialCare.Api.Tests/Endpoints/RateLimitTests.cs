using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Endpoints;

/// <summary>SocialCare:RateLimit:PermitsPerMinute, per viewer, across the view, the tab and the page.</summary>
public class RateLimitTests : DemoHostFixture
{
    // The limiter's window is a minute and outlives each test: every test uses viewers of its own.
    private protected override DemoHostFactory CreateHost() =>
        new() { Settings = new Dictionary<string, string?> { ["SocialCare:RateLimit:PermitsPerMinute"] = "3" } };

    [Test]
    public async Task Viewer_past_the_limit_is_told_when_to_retry()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.That((await Client.GetAsync(Routes.View(Demo.Full), Demo.CarerWithLabel)).Status, Is.EqualTo(200));
        }

        var answer = await Client.GetAsync(Routes.View(Demo.Full), Demo.CarerWithLabel);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(429));
            Assert.That(answer.ProblemCode(), Is.EqualTo("social-care.rate-limited"));
            Assert.That(int.Parse(answer.Header("Retry-After") ?? "", null), Is.InRange(1, 60));
        }
    }

    [Test]
    public async Task Limit_of_one_viewer_leaves_another_alone()
    {
        for (var i = 0; i < 4; i++)
        {
            await Client.GetAsync(Routes.View(Demo.Full), Demo.TeamProfessional);
        }

        var limited = await Client.GetAsync(Routes.View(Demo.Full), Demo.TeamProfessional);
        var other = await Client.GetAsync(Routes.View(Demo.Full), Demo.IndividualProfessional);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(limited.Status, Is.EqualTo(429));
            Assert.That(other.Status, Is.EqualTo(200));
        }
    }

    [Test]
    public async Task Limit_spans_the_view_the_tab_and_the_page()
    {
        var view = await Client.GetAsync(Routes.View(Demo.Full), Demo.Full);
        var tab = await Client.GetAsync(Routes.Tab(Demo.Full), Demo.Full);
        var page = await Client.GetAsync(Routes.Page(Demo.Full), Demo.Full);

        var limitedPage = await Client.GetAsync(Routes.Page(Demo.Full), Demo.Full);
        var limitedTab = await Client.GetAsync(Routes.Tab(Demo.Full), Demo.Full);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(new[] { view.Status, tab.Status, page.Status }, Is.All.EqualTo(200));
            Assert.That(limitedPage.Status, Is.EqualTo(429));
            Assert.That(limitedPage.Title, Is.EqualTo(PageTitles.For("social-care.rate-limited")));
            Assert.That(limitedPage.Header("Retry-After"), Does.Match("^[1-9][0-9]*$"));
            Assert.That(limitedTab.Status, Is.EqualTo(429));
            Assert.That(limitedTab.ProblemCode(), Is.EqualTo("social-care.rate-limited"));
            Assert.That(limitedTab.Header("Retry-After"), Does.Match("^[1-9][0-9]*$"));
        }
    }
}

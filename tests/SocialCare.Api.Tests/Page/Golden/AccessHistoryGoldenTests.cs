using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Page.Golden;

/// <summary>
/// The access history page through the reference Host, on a Host of its own so that its entries are exactly the
/// views this test makes: the same DOM as the one kept in <c>Files/</c>, with the instants masked.
/// </summary>
public class AccessHistoryGoldenTests : DemoHostFixture
{
    [Test]
    public async Task Access_history_page_after_three_views_is_the_dom_it_was()
    {
        Assert.That((await Client.GetAsync(Routes.Page(Demo.Partial), Demo.Partial)).Status, Is.EqualTo(200));
        Assert.That((await Client.GetAsync(Routes.View(Demo.Partial), Demo.CarerWithLabel)).Status, Is.EqualTo(200));
        Assert.That((await Client.GetAsync(Routes.Page(Demo.Partial), Demo.Unrelated)).Status, Is.EqualTo(403));

        var page = await Client.GetAsync(Routes.HistoryPage(Demo.Partial), Demo.Partial);

        Assert.That(page.Status, Is.EqualTo(200));
        GoldenFiles.Check("history.demo-partial.as-self", page.Body, masked: true);
    }
}

using Microsoft.Playwright;
using SocialCare.Api.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace SocialCare.Api.BrowserTests.Page;

/// <summary>Nothing is cached: every load of the page asks Mosaic again (README, "every view is a fresh call").</summary>
public class FreshCallTests : DemoHostTest
{
    private const string HammersmithAndFulham = "E09000013";

    [Test]
    public async Task Every_load_of_the_page_looks_the_person_up_in_mosaic_again()
    {
        var before = await Host.PersonLookupsAsync(HammersmithAndFulham);
        var (page, _) = await OpenSocialCareAsync("demo-full", "demo-full");
        var lookups = new List<int> { await Host.PersonLookupsAsync(HammersmithAndFulham) - before };
        var retrieved = new List<string?> { await RetrievedAtAsync(page) };

        for (var reload = 0; reload < 2; reload++)
        {
            var response = await page.ReloadAsync();
            Assert.That(response?.Status, Is.EqualTo(200));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Social care");
            lookups.Add(await Host.PersonLookupsAsync(HammersmithAndFulham) - before);
            retrieved.Add(await RetrievedAtAsync(page));
        }

        Assert.That(lookups, Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(retrieved, Is.Unique.And.All.Match(DemoFullRecord.InstantPattern));
    }

    private static Task<string?> RetrievedAtAsync(IPage page) =>
        page.Locator("main > p", new() { HasText = "Retrieved at" }).Locator("time").GetAttributeAsync("datetime");
}

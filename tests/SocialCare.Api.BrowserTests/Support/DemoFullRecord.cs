using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SocialCare.Api.BrowserTests.Support;

/// <summary>
/// What the page shows of <c>demo-full</c>'s record (the sandbox seed, as docs/sandbox.md describes it), written
/// out: one source under Hammersmith and Fulham, the five parts as four tables and a summary list.
/// </summary>
public static class DemoFullRecord
{
    public const string Authority = "Hammersmith and Fulham";

    /// <summary>The instant an element like <c>&lt;time datetime&gt;</c> carries: UTC, milliseconds, Z.</summary>
    public const string InstantPattern = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$";

    public static async Task AssertShownAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var main = page.GetByRole(AriaRole.Main);
        await Expect(main.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Social care");
        await Expect(main.Locator(":scope > p", new() { HasText = "Retrieved at" }).Locator("time"))
            .ToHaveAttributeAsync("datetime", new Regex(InstantPattern));

        // The council's name heads its source, and names the region that holds it.
        var source = main.GetByRole(AriaRole.Region, new() { Name = Authority, Exact = true });
        await Expect(source.Locator(":scope > :first-child")).ToHaveTextAsync(Authority);
        await Expect(source.Locator(":scope > :first-child")).ToHaveJSPropertyAsync("tagName", "H2");
        await Expect(source.GetByRole(AriaRole.Heading, new() { Level = 3 }))
            .ToHaveTextAsync(["Social workers", "Care packages", "Assessments", "Case notes", "Communication needs"]);

        await Expect(source.Locator("table > caption")).ToHaveTextAsync(
        [
            "Social workers from Hammersmith and Fulham",
            "Care packages from Hammersmith and Fulham",
            "Assessments from Hammersmith and Fulham",
            "Case notes from Hammersmith and Fulham",
        ]);
        await Expect(source.Locator("th")).ToHaveCountAsync(13);
        await Expect(source.Locator("th[scope='col']")).ToHaveCountAsync(13);

        var workers = Table(source, "Social workers from Hammersmith and Fulham");
        await Expect(workers.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["Name", "Role", "Team", "Telephone"]);
        await Expect(workers.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(workers.GetByRole(AriaRole.Cell, new() { Name = "Sam Okafor", Exact = true })).ToBeVisibleAsync();
        await Expect(workers.GetByRole(AriaRole.Link, new() { Name = "020 7946 0001", Exact = true })).ToHaveAttributeAsync("href", "tel:02079460001");

        var packages = Table(source, "Care packages from Hammersmith and Fulham");
        await Expect(packages.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["Start date", "End date", "Supplier", "Frequency", "Service"]);
        await Expect(packages.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(packages.Locator("time[datetime='2025-11-03']")).ToHaveTextAsync("3 November 2025");
        await Expect(packages.GetByRole(AriaRole.Cell, new() { Name = "Riverside Care Ltd", Exact = true })).ToBeVisibleAsync();

        var assessments = Table(source, "Assessments from Hammersmith and Fulham");
        await Expect(assessments.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["Assessment", "Completed"]);
        await Expect(assessments.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(assessments.Locator("time[datetime='2026-02-11']")).ToHaveTextAsync("11 February 2026");

        var notes = Table(source, "Case notes from Hammersmith and Fulham");
        await Expect(notes.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync(["Completed", "Effective from"]);
        await Expect(notes.Locator("tbody tr")).ToHaveCountAsync(5);
        // 2026-06-30T23:30:00Z in the seed: 1 July in London.
        await Expect(notes.Locator("tbody tr").First.Locator("time").First).ToHaveAttributeAsync("datetime", "2026-07-01");

        var needs = source.Locator("dl.nhsuk-summary-list");
        await Expect(needs.Locator("dt")).ToHaveTextAsync(["Contact method", "Information format", "Communication support", "Communication professional"]);
        await Expect(needs.Locator("dd").Nth(1)).ToContainTextAsync("Large print");
    }

    private static ILocator Table(ILocator source, string caption) =>
        source.GetByRole(AriaRole.Table, new() { Name = caption, Exact = true });
}

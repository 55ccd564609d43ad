using System.Globalization;
using SocialCare.Application.Abstractions;
using SocialCare.HostileMosaic;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile;

/// <summary>
/// Spec §4–5, <c>MaxLookupBytes</c> (16 MiB): every byte read from one authority for one view counts, whatever the
/// list, the page, the retry or the re-read; past it the authority is unavailable and nothing more is read. Each
/// page here fits <c>MaxResponseBytes</c> (8 MiB) on its own. (Peak memory is measured in a process of its own, by
/// LookupMemoryTests.)
/// </summary>
public class LookupBudgetTests : HostileFixture
{
    private const int MiB = 1024 * 1024;

    [Test]
    public async Task Council_sending_page_after_page_of_long_names_is_unavailable_once_it_passes_the_budget()
    {
        await using var host = HostFor(LongNamesCouncil.Answer(lists: ["worker-relationships"], pages: 20, bytesPerPage: 1_300_000));

        var lookup = await host.LookupAsync(Boroughs.Hammersmith, SeedPeople.NotKnown);

        Assert.That(lookup, Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.LookupTooLarge)));
        Assert.That(PagesAsked("worker-relationships"), Is.LessThanOrEqualTo(14), "16 MiB is thirteen pages of 1.3 MB: the rest is never asked for");
    }

    [Test]
    public async Task Bytes_of_all_five_lists_count_together()
    {
        await using var host = HostFor(LongNamesCouncil.Answer(lists: [.. CleanCouncil.Items.Keys], pages: 4, bytesPerPage: MiB));

        Assert.That(await host.LookupAsync(Boroughs.Hammersmith, SeedPeople.NotKnown), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.LookupTooLarge)));
    }

    [Test]
    public async Task Record_within_the_budget_is_shown_and_each_view_has_a_budget_of_its_own()
    {
        await using var host = HostFor(LongNamesCouncil.Answer(lists: [.. CleanCouncil.Items.Keys], pages: 2, bytesPerPage: MiB));

        for (var view = 0; view < 3; view++)
        {
            var found = (MosaicLookup.Found)await host.LookupAsync(Boroughs.Hammersmith, SeedPeople.NotKnown);
            Assert.That(found.Record.SocialWorkers, Has.Count.EqualTo(2), $"view {view}");
            Assert.That(found.UnreadableItems, Is.Zero);
        }
    }

    [Test]
    public async Task Budget_is_configured_by_MaxLookupBytes()
    {
        await using var host = HostFor(
            LongNamesCouncil.Answer(lists: [.. CleanCouncil.Items.Keys], pages: 2, bytesPerPage: MiB),
            settings => settings["SocialCare:MaxLookupBytes"] = (9 * MiB).ToString(CultureInfo.InvariantCulture));

        Assert.That(await host.LookupAsync(Boroughs.Hammersmith, SeedPeople.NotKnown), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.LookupTooLarge)));
    }

    [Test]
    public async Task Retries_count_against_the_budget()
    {
        // Every page of 1 MiB is cut short after its last byte but one, so read in full and then retried, twice.
        var pages = LongNamesCouncil.Answer(lists: ["case-notes"], pages: 1, bytesPerPage: MiB);
        await using var host = HostFor(
            request => CleanCouncil.ListOf(request) == "case-notes" ? Truncated(pages(request)) : pages(request),
            settings =>
            {
                settings[GatewayHost.Key(Boroughs.Hammersmith, "Retries")] = "3";
                settings[GatewayHost.Key(Boroughs.Hammersmith, "AttemptTimeout")] = "00:00:02";
                settings["SocialCare:MaxLookupBytes"] = (3 * MiB).ToString(CultureInfo.InvariantCulture);
                settings["SocialCare:MaxResponseBytes"] = (2 * MiB).ToString(CultureInfo.InvariantCulture);
            });

        Assert.That(await host.LookupAsync(Boroughs.Hammersmith, SeedPeople.NotKnown), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.LookupTooLarge)));
        Assert.That(CouncilRequests.Count(r => CleanCouncil.ListOf(r) == "case-notes"), Is.EqualTo(3), "the fourth attempt would pass 3 MiB");
    }

    private int PagesAsked(string list) => CouncilRequests.Count(r => CleanCouncil.ListOf(r) == list);

    /// <summary>A body whose declared length is one byte more than is sent, so that it fails after being read.</summary>
    private static HostileAnswer Truncated(HostileAnswer answer) =>
        HostileAnswer.Raw(answer.Bytes.AsSpan(0, answer.Bytes.Length - 1).ToArray());
}

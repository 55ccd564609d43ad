using System.Net;
using System.Text.RegularExpressions;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Page;

/// <summary>
/// The access history's page over real HTTP against the reference Host: the patient's entries, the links between the
/// record page and the history, and paging by <c>before</c>. Each test reads a patient no other test here reads.
/// </summary>
public partial class AccessHistoryPageRouteTests : DemoHostFixture
{
    [Test]
    public async Task Patient_reads_who_has_looked_in_a_table_of_words()
    {
        Assert.That((await Client.GetAsync(Routes.View(Demo.TwoAuthorities), Demo.TwoAuthorities)).Status, Is.EqualTo(200));
        Assert.That((await Client.GetAsync(Routes.View(Demo.TwoAuthorities), Demo.CarerWithoutLabel)).Status, Is.EqualTo(403));

        var page = await Client.GetAsync(Routes.HistoryPage(Demo.TwoAuthorities), Demo.TwoAuthorities);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Status, Is.EqualTo(200));
            Assert.That(page.ContentType, Is.EqualTo("text/html; charset=utf-8"));
            Assert.That(page.Title, Is.EqualTo("Who has looked at your social care information – Social care"));
            Assert.That(Rows(page), Is.EqualTo(new[]
            {
                "A carer|Your carer|Social care in the PKB app|Nothing was shown",
                "You|Yourself|Social care in the PKB app|Information was shown",
            }));
            Assert.That(page.Body, Does.Contain("<a class=\"nhsuk-back-link\" href=\"/patients/demo-two-authorities/social-care\">Back to Social care</a>"));
            Assert.That(page.Body, Does.Not.Contain("Show older entries"));
        }

        Leaks.AssertNoneIn(page.Body, "the access history page");
    }

    [Test]
    public async Task Older_link_leads_to_the_entries_older_than_the_last_one_shown()
    {
        for (var i = 0; i < 21; i++)
        {
            Assert.That((await Client.GetAsync(Routes.View(Demo.NotKnown), Demo.NotKnown)).Status, Is.EqualTo(404));
        }

        var newest = await Client.GetAsync(Routes.HistoryPage(Demo.NotKnown), Demo.NotKnown);
        var olderLink = OlderLink().Match(newest.Body);
        Assert.That(olderLink.Success, Is.True, newest.Body);
        var older = await Client.GetAsync(WebUtility.HtmlDecode(olderLink.Groups[1].Value), Demo.NotKnown);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Rows(newest), Has.Count.EqualTo(20));
            Assert.That(Rows(newest), Is.All.EqualTo("You|Yourself|Social care in the PKB app|Nothing was shown"));
            Assert.That(older.Status, Is.EqualTo(200));
            Assert.That(Rows(older), Has.Count.EqualTo(1));
            Assert.That(older.Body, Does.Not.Contain("Show older entries"));
            Assert.That(older.Body, Does.Contain("<a class=\"nhsuk-link\" href=\"/patients/demo-not-known/social-care/access-history\">Show the newest entries</a>"));
        }
    }

    [Test]
    public async Task Patient_outside_the_pilot_still_reads_their_history()
    {
        Assert.That((await Client.GetAsync(Routes.View(Demo.OutsidePilot), Demo.OutsidePilot)).Status, Is.EqualTo(403));

        var page = await Client.GetAsync(Routes.HistoryPage(Demo.OutsidePilot), Demo.OutsidePilot);

        Assert.That(page.Status, Is.EqualTo(200));
        Assert.That(Rows(page), Is.EqualTo(new[] { "You|Yourself|Social care in the PKB app|Nothing was shown" }));
    }

    [Test]
    public async Task Older_page_past_the_oldest_entry_says_there_are_none()
    {
        var page = await Client.GetAsync($"{Routes.HistoryPage(Demo.Unavailable)}?before={Guid.NewGuid()}", Demo.Unavailable);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Status, Is.EqualTo(200));
            Assert.That(page.Body, Does.Contain("There are no older entries."));
            Assert.That(page.Body, Does.Contain(">Show the newest entries</a>"));
        }
    }

    [Test]
    public async Task Record_page_links_the_patient_and_no_one_else_to_the_access_history()
    {
        var patient = await Client.GetAsync(Routes.Page(Demo.Full), Demo.Full);
        var carer = await Client.GetAsync(Routes.Page(Demo.Full), Demo.CarerWithLabel);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((patient.Status, carer.Status), Is.EqualTo((200, 200)));
            Assert.That(patient.Body, Does.Contain("<a class=\"nhsuk-link\" href=\"/patients/demo-full/social-care/access-history\">Who has looked at your social care information</a>"));
            Assert.That(carer.Body, Does.Not.Contain("access-history"));
        }
    }

    // Each body row's cells but the first (the time), without the headings that narrow screens show.
    private static List<string> Rows(Answer page) =>
    [
        .. Row().Matches(page.Body).Select(row => string.Join(
            '|',
            Cell().Matches(row.Value).Skip(1).Select(cell => WebUtility.HtmlDecode(cell.Groups[1].Value)))),
    ];

    [GeneratedRegex("<tr class=\"nhsuk-table__row\" role=\"row\"><td.*?</tr>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Row();

    [GeneratedRegex("<td class=\"nhsuk-table__cell\" role=\"cell\"><span[^>]*>[^<]*</span>(.*?)</td>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Cell();

    [GeneratedRegex("<a class=\"nhsuk-link\" href=\"([^\"]*)\">Show older entries</a>", RegexOptions.CultureInvariant)]
    private static partial Regex OlderLink();
}

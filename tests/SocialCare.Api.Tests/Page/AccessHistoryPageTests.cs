using SocialCare.Api.Page;
using SocialCare.Application.Abstractions;
using SocialCare.Application.AccessHistory.GetAccessHistory;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Api.Tests.Page;

/// <summary>The access history's page on its own: the patient's words in a table, the paging links, encoded names.</summary>
public class AccessHistoryPageTests
{
    private const string RecordPath = "/patients/p-1/social-care";
    private static readonly PageRequest Here = new(RecordPath + "/access-history", "/social-care-assets", null);
    private static readonly PatientId Patient = PatientId.Create("p-1").Value;
    private static readonly DateTimeOffset At = new(2026, 3, 4, 10, 15, 30, TimeSpan.Zero);

    [Test]
    public async Task Entry_is_a_row_of_when_who_connection_where_and_what_they_saw_in_words()
    {
        var html = await Render([Item("A carer", ViewerRelationship.Carer, AuditSurface.Page, shown: true)]);

        Assert.That(html, Does.Contain("<title>Who has looked at your social care information – Social care</title>"));
        Assert.That(html, Does.Contain("<th class=\"nhsuk-table__header\" scope=\"col\" role=\"columnheader\">When</th><th class=\"nhsuk-table__header\" scope=\"col\" role=\"columnheader\">Who</th>"));
        Assert.That(html, Does.Contain("<time datetime=\"2026-03-04T10:15:30.000Z\">10:15 on 4 March 2026</time>"));
        Assert.That(html, Does.Contain("</span>A carer</td>"));
        Assert.That(html, Does.Contain("</span>Your carer</td>"));
        Assert.That(html, Does.Contain("</span>The Social care page</td>"));
        Assert.That(html, Does.Contain("</span>Information was shown</td>"));
        Assert.That(html[html.IndexOf("<main", StringComparison.Ordinal)..], Does.Not.Contain("social-care."), "no codes");
    }

    [Test]
    public async Task Name_the_host_gives_is_encoded_so_it_can_never_become_markup()
    {
        var html = await Render([Item("<b>Dr Ada</b> & Co", ViewerRelationship.TeamProfessional, AuditSurface.Record, shown: false)]);

        Assert.That(html, Does.Not.Contain("<b>Dr Ada"));
        Assert.That(html, Does.Contain("&lt;b&gt;Dr Ada&lt;/b&gt; &amp; Co"));
    }

    [Test]
    public async Task Back_link_leads_to_the_social_care_page()
    {
        var html = await Render([]);

        Assert.That(html, Does.Contain("<a class=\"nhsuk-back-link\" href=\"/patients/p-1/social-care\">Back to Social care</a>"));
    }

    [Test]
    public async Task First_page_without_entries_says_nobody_has_looked_and_links_nowhere_else()
    {
        var html = await Render([]);

        Assert.That(html, Does.Contain("Nobody has looked at your social care information yet."));
        Assert.That(html, Does.Not.Contain("<table"));
        Assert.That(html, Does.Not.Contain("Show older entries"));
        Assert.That(html, Does.Not.Contain("Show the newest entries"));
    }

    [Test]
    public async Task Page_with_older_entries_links_to_them_by_the_last_entry()
    {
        var last = Guid.Parse("0193a0b2-7c1e-7d4a-9b1e-3f5a6c7d8e9f");

        var html = await Render([Item("You", ViewerRelationship.Self, AuditSurface.Record, shown: true)], olderBefore: last);

        Assert.That(html, Does.Contain("<a class=\"nhsuk-link\" href=\"/patients/p-1/social-care/access-history?before=0193a0b2-7c1e-7d4a-9b1e-3f5a6c7d8e9f\">Show older entries</a>"));
    }

    [Test]
    public async Task Older_page_links_back_to_the_newest_and_says_when_there_are_no_older_entries()
    {
        var html = await Render([], older: true);

        Assert.That(html, Does.Contain("There are no older entries."));
        Assert.That(html, Does.Not.Contain("Nobody has looked"));
        Assert.That(html, Does.Contain("<a class=\"nhsuk-link\" href=\"/patients/p-1/social-care/access-history\">Show the newest entries</a>"));
    }

    [Test]
    public async Task Record_page_links_the_patient_to_their_access_history()
    {
        var html = await RecordPage(Audience.Patient);

        Assert.That(html, Does.Contain("<a class=\"nhsuk-link\" href=\"/patients/p-1/social-care/access-history\">Who has looked at your social care information</a>"));
    }

    [Test]
    public async Task Record_page_of_anyone_else_has_no_link_to_the_access_history()
    {
        var html = await RecordPage(Audience.Other);

        Assert.That(html, Does.Not.Contain("access-history"));
        Assert.That(html, Does.Not.Contain("Who has looked"));
    }

    private static Task<string> RecordPage(Audience audience) =>
        PageContent.ForView(
            new SocialCareView(Patient, audience, At, [], []),
            new PageRequest(RecordPath, "/social-care-assets", null),
            _ => throw new AssertionException("no warnings expected"),
            null,
            null,
            RecordPath + "/access-history").RenderAsync();

    private static Task<string> Render(IReadOnlyList<AccessHistoryItem> items, Guid? olderBefore = null, bool older = false) =>
        PageContent.ForAccessHistory(new AccessHistoryView(Patient, items, olderBefore), Here, RecordPath, older).RenderAsync();

    private static AccessHistoryItem Item(string who, ViewerRelationship relationship, AuditSurface place, bool shown) =>
        new(Guid.NewGuid(), At, who, [relationship], place, shown);
}

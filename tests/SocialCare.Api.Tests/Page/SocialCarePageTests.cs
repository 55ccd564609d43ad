using System.Text.RegularExpressions;
using SocialCare.Api.Page;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Records;

namespace SocialCare.Api.Tests.Page;

public partial class SocialCarePageTests
{
    private static readonly LocalAuthority Ealing = new(GssCode.Create("E09000009").Value, "Ealing", "north-west-london");
    private static readonly DateTimeOffset At = new(2026, 3, 4, 10, 15, 30, TimeSpan.Zero);
    private static readonly PageRequest Short = new("/patients/p-1/social-care", "/social-care-assets", null);

    [Test]
    public async Task Text_from_mosaic_is_encoded_so_it_can_never_become_markup()
    {
        var html = await Render(Record(workers: [new("<script>alert('x')</script>", "Team & Co", "020 7946 0001", WorkerRelationship.AllocatedWorker)]));

        Assert.That(html, Does.Not.Contain("<script>alert"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"));
        Assert.That(html, Does.Contain("Team &amp; Co"));
    }

    [Test]
    public async Task Long_list_shows_its_first_twenty_and_links_to_the_full_list()
    {
        var html = await Render(Record(notes: Notes(25)));

        Assert.That(Rows(html, "Case notes"), Is.EqualTo(20));
        Assert.That(html, Does.Contain("Showing the most recent 20 of 25 case notes."));
        Assert.That(html, Does.Contain("href=\"/patients/p-1/social-care?full=case-notes\">Show all 25 case notes<span class=\"nhsuk-u-visually-hidden\"> from Ealing</span></a>"));
    }

    [Test]
    public async Task Full_list_shows_every_item_and_links_back()
    {
        var html = await Render(Record(notes: Notes(25)), Short with { Full = ListKind.CaseNotes });

        Assert.That(Rows(html, "Case notes"), Is.EqualTo(25));
        Assert.That(html, Does.Contain("Showing all 25 case notes."));
        Assert.That(html, Does.Contain("href=\"/patients/p-1/social-care\">Show the most recent 20 case notes"));
    }

    [Test]
    public async Task Long_list_not_ordered_by_date_shows_its_first_twenty()
    {
        var workers = Enumerable.Range(0, 21).Select(i => new SocialWorker($"Worker {i:00}", null, null, WorkerRelationship.SocialWorker)).ToList();

        var html = await Render(Record(workers: workers));

        Assert.That(html, Does.Contain("Showing the first 20 of 21 social workers."));
        Assert.That(html, Does.Contain(">Show all 21 social workers<"));
    }

    [Test]
    public async Task Reference_is_shown_beside_a_warning_that_sends_the_reader_to_support()
    {
        var warning = new SocialCareWarning("social-care.authority-unavailable", Ealing);
        var view = new SocialCareView(PatientId.Create("p-1").Value, Audience.Patient, At, [Record()], [warning]);

        var html = await SocialCarePageView(view, Short, _ => new("Some information may be missing", "Contact support."), null, "0af7651916cd43dd8448eb211c80319c");

        Assert.That(html, Does.Contain("quote this reference: <code>0af7651916cd43dd8448eb211c80319c</code>"));
        Assert.That(html, Does.Contain("<title>Social care (some information may be missing)</title>"));
    }

    [Test]
    public async Task List_of_exactly_twenty_needs_no_link() =>
        Assert.That(await Render(Record(notes: Notes(20))), Does.Not.Contain("?full="));

    [Test]
    public async Task Empty_parts_say_so_in_words()
    {
        var html = await Render(Record());

        Assert.That(html, Does.Contain("No social worker is currently assigned to you."));
        Assert.That(html, Does.Contain("No case notes are recorded."));
        Assert.That(html, Does.Contain("No current communication needs are recorded."));
        Assert.That(html, Does.Not.Contain("<table"));
    }

    [Test]
    public async Task Missing_values_read_not_recorded_and_an_open_package_has_no_end_date()
    {
        var html = await Render(Record(packages: [new(new DateOnly(2025, 11, 3), null, null, "4 calls a day", null)]));

        Assert.That(html, Does.Contain("No end date"));
        Assert.That(html, Does.Contain("Not recorded"));
        Assert.That(html, Does.Contain("<time datetime=\"2025-11-03\">3 November 2025</time>"));
    }

    [Test]
    public async Task Each_table_has_a_caption_and_column_headers()
    {
        var html = await Render(Record(notes: Notes(1)));

        Assert.That(html, Does.Contain("<caption class=\"nhsuk-table__caption nhsuk-u-visually-hidden\">Case notes from Ealing</caption>"));
        Assert.That(html, Does.Contain("<th class=\"nhsuk-table__header\" scope=\"col\" role=\"columnheader\">Effective from</th>"));
    }

    [Test]
    public async Task Support_address_in_a_message_is_a_link()
    {
        var support = new Uri("https://support.example.org/social-care");
        var message = new UserMessage("Something went wrong", $"Try again. If it keeps happening, contact support at {support}.");

        var html = await SocialCarePageMessage(message, Short, support, "0af7651916cd43dd8448eb211c80319c");

        Assert.That(html, Does.Contain("contact support at <a class=\"nhsuk-link\" href=\"https://support.example.org/social-care\">https://support.example.org/social-care</a>."));
        Assert.That(html, Does.Contain("<code>0af7651916cd43dd8448eb211c80319c</code>"));
        Assert.That(html, Does.Contain("<title>Something went wrong – Social care</title>"));
    }

    private static Task<string> Render(SocialCareRecord record, PageRequest? page = null) =>
        PageContent.ForView(
            new SocialCareView(PatientId.Create("p-1").Value, Audience.Patient, At, [record], []),
            page ?? Short,
            _ => throw new AssertionException("no warnings expected"),
            null).RenderAsync();

    private static Task<string> SocialCarePageView(SocialCareView view, PageRequest page, Func<SocialCareWarning, UserMessage> describe, Uri? supportUrl, string? reference) =>
        PageContent.ForView(view, page, describe, supportUrl, reference).RenderAsync();

    private static Task<string> SocialCarePageMessage(UserMessage message, PageRequest page, Uri? supportUrl, string? reference) =>
        PageContent.ForMessage(message, page, supportUrl, reference).RenderAsync();

    private static SocialCareRecord Record(
        IReadOnlyList<SocialWorker>? workers = null,
        IReadOnlyList<CarePackage>? packages = null,
        IReadOnlyList<CaseNoteMeta>? notes = null) =>
        new(Ealing, At, workers ?? [], packages ?? [], [], notes ?? [], []);

    private static List<CaseNoteMeta> Notes(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new CaseNoteMeta(new DateOnly(2026, 1, 1).AddDays(-i), new DateOnly(2026, 1, 1).AddDays(-i)))];

    private static int Rows(string html, string heading)
    {
        var start = html.IndexOf($"<h3 class=\"nhsuk-heading-m\">{heading}</h3>", StringComparison.Ordinal);
        var end = html.IndexOf("</table>", start, StringComparison.Ordinal);
        return BodyRow().Count(html[start..end]);
    }

    [GeneratedRegex("<tr class=\"nhsuk-table__row\" role=\"row\"><td")]
    private static partial Regex BodyRow();
}

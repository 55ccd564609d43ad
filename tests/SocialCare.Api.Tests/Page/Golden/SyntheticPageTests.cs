using SocialCare.Api.Page;
using SocialCare.Application.Abstractions;
using SocialCare.Application.AccessHistory.GetAccessHistory;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Records;
using SocialCare.Domain.Viewers;

namespace SocialCare.Api.Tests.Page.Golden;

/// <summary>
/// States the demo's seed cannot produce, rendered directly and compared with <c>Files/</c> like the Host's: text
/// that looks like markup, telephone numbers that are and are not linked, empty and missing values, lists just over
/// the short length in both orders, a message whose text names the support address, a warning beside data, the link
/// to the access history, and the access history's states (empty, older, paged, hostile names).
/// </summary>
public class SyntheticPageTests
{
    private static readonly LocalAuthority Ealing = new(GssCode.Create("E09000009").Value, "Ealing & <Acton>", "north-west-london");
    private static readonly LocalAuthority Brent = new(GssCode.Create("E09000005").Value, "Brent", "north-west-london");
    private static readonly DateTimeOffset At = new(2026, 3, 4, 10, 15, 30, TimeSpan.Zero);
    private static readonly Uri Support = new("https://support.example.org/social-care?from=page&x=\"1\"");
    private const string PagePath = "/social/patients/p-1/social-care";
    private const string AssetBase = "/social/social-care-assets";
    private const string TraceId = "0af7651916cd43dd8448eb211c80319c";

    [TestCase(Audience.Patient)]
    [TestCase(Audience.Other)]
    public async Task Hostile_text_stays_text_and_only_whole_numbers_are_linked(Audience audience)
    {
        var record = Record(
            workers:
            [
                new("<script>alert('x')</script>", "Team & Co \"quoted\"", "020 7946 0001", WorkerRelationship.AllocatedWorker),
                new("Priya Lindqvist", null, "+44 20 <b>7946</b> 0001 ext 9", WorkerRelationship.KeyWorker),
                new("Tomasz Adeyemi", "Duty", "+44 (0)20 7946-0002", WorkerRelationship.SocialWorker),
                new("Una Reversed", "Duty", null, WorkerRelationship.SocialWorker),
            ],
            packages: [new(new DateOnly(2025, 11, 3), null, null, "4 calls a day", "<img src=x onerror=alert(1)>")],
            assessments: [new("Care Act & \"carers\" assessment", new DateOnly(2026, 2, 11))],
            needs:
            [
                new(CommunicationNeedCategory.InformationFormat, "Large <print>", new DateOnly(2025, 6, 1)),
                new(CommunicationNeedCategory.ContactMethod, "Text messages", null),
                new(CommunicationNeedCategory.CommunicationSupport, "Interpreter", null),
                new(CommunicationNeedCategory.CommunicationProfessional, "BSL interpreter", null),
            ]);

        GoldenFiles.Check($"synthetic.hostile-text.{audience}", await PageUnderTest.ViewAsync(View(audience, record), Short()));
    }

    [TestCase(Audience.Patient)]
    [TestCase(Audience.Other)]
    public async Task Empty_record_says_so_in_words(Audience audience) =>
        GoldenFiles.Check($"synthetic.empty.{audience}", await PageUnderTest.ViewAsync(View(audience, Record()), Short()));

    [TestCase(null, TestName = "Lists_one_over_the_short_length_show_twenty_with_a_link")]
    [TestCase("CaseNotes", TestName = "Full_case_notes_show_every_item_with_a_link_back")]
    [TestCase("SocialWorkers", TestName = "Full_social_workers_show_every_item_with_a_link_back")]
    [TestCase("CommunicationNeeds", TestName = "Full_communication_needs_show_every_item_with_a_link_back")]
    public async Task Long_lists(string? full)
    {
        var record = Record(
            workers: [.. Enumerable.Range(0, 21).Select(i => new SocialWorker($"Worker {i:00}", null, null, WorkerRelationship.SocialWorker))],
            packages: [.. Enumerable.Range(0, 21).Select(i => new CarePackage(new DateOnly(2025, 1, 1).AddDays(-i), new DateOnly(2025, 2, 1), "Supplier", "Daily", "Care"))],
            assessments: [.. Enumerable.Range(0, 21).Select(i => new AssessmentSummary($"Assessment {i}", new DateOnly(2025, 1, 1).AddDays(-i)))],
            notes: [.. Enumerable.Range(0, 25).Select(i => new CaseNoteMeta(new DateOnly(2026, 1, 1).AddDays(-i), new DateOnly(2026, 1, 1).AddDays(-i)))],
            needs: [.. Enumerable.Range(0, 21).Select(i => new CommunicationNeed(CommunicationNeedCategory.ContactMethod, $"Need {i}", null))]);

        var page = Short() with { Full = full is null ? null : Enum.Parse<ListKind>(full) };

        GoldenFiles.Check($"synthetic.long-lists.{full ?? "short"}", await PageUnderTest.ViewAsync(View(Audience.Patient, record), page));
    }

    [Test]
    public async Task Warnings_beside_data_link_the_support_address_and_quote_the_reference_once()
    {
        var view = new SocialCareView(
            PatientId.Create("p-1").Value,
            Audience.Patient,
            At,
            [Record(), Record(authority: Brent)],
            [new(SocialCareCodes.AuthorityUnavailableWarning, Ealing), new(SocialCareCodes.AuthorityUnavailableWarning, Brent), new(SocialCareCodes.PartialRecordWarning, Brent)]);

        var html = await PageUnderTest.ViewAsync(
            view,
            Short(),
            warning => new UserMessage($"Title for {warning.LocalAuthority.Name}", $"We could not reach {warning.LocalAuthority.Name}. Contact support at {Support}, or not."),
            Support,
            TraceId);

        GoldenFiles.Check("synthetic.warnings", html);
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Message_links_the_support_address_and_quotes_the_reference(bool withReference)
    {
        var message = new UserMessage("Something <went> wrong", $"Try again. If it keeps happening, contact support at {Support}.");

        var html = await PageUnderTest.MessageAsync(message, Short(), Support, withReference ? TraceId : null);

        GoldenFiles.Check($"synthetic.message.{(withReference ? "reference" : "no-reference")}", html);
    }

    [Test]
    public async Task Message_without_the_support_address_in_its_text_has_no_link() =>
        GoldenFiles.Check(
            "synthetic.message.no-support-address",
            await PageUnderTest.MessageAsync(new("Please wait a moment", "Too many requests. Wait a minute."), Short(), Support, null));

    [TestCase(Audience.Patient)]
    [TestCase(Audience.Other)]
    public async Task Access_history_link_is_for_the_patient_only(Audience audience) =>
        GoldenFiles.Check(
            $"synthetic.history-link.{audience}",
            await PageUnderTest.ViewAsync(View(audience, Record()), Short(), accessHistoryPath: PagePath + "/access-history?x=<1>&y=\"2\""));

    [TestCase(false, TestName = "Access_history_without_entries_says_nobody_has_looked")]
    [TestCase(true, TestName = "Older_access_history_without_entries_says_there_are_none_older")]
    public async Task Access_history_empty(bool older) =>
        GoldenFiles.Check(
            $"synthetic.history-empty.{(older ? "older" : "newest")}",
            await PageUnderTest.HistoryAsync(new(PatientId.Create("p-1").Value, [], null), History(), PagePath, older));

    [TestCase(false, TestName = "Access_history_lists_entries_in_words_with_a_link_to_older_ones")]
    [TestCase(true, TestName = "Older_access_history_links_older_ones_and_back_to_the_newest")]
    public async Task Access_history_entries(bool older)
    {
        AccessHistoryItem[] items =
        [
            new(Guid.Parse("00000000-0000-0000-0000-000000000003"), At, "<b>Dr Ada</b> & \"Co\"", [ViewerRelationship.TeamProfessional, ViewerRelationship.Carer], AuditSurface.Page, true),
            new(Guid.Parse("00000000-0000-0000-0000-000000000002"), At.AddDays(-40).AddHours(-3), "You", [ViewerRelationship.Self], AuditSurface.Record, true),
            new(Guid.Parse("00000000-0000-0000-0000-000000000001"), new DateTimeOffset(2025, 7, 1, 23, 30, 0, TimeSpan.Zero), "A carer", [ViewerRelationship.Carer], AuditSurface.AccessHistory, false),
        ];
        var view = new AccessHistoryView(PatientId.Create("p-1").Value, items, Guid.Parse("00000000-0000-0000-0000-000000000001"));

        GoldenFiles.Check($"synthetic.history-entries.{(older ? "older" : "newest")}", await PageUnderTest.HistoryAsync(view, History(), PagePath, older));
    }

    private static PageRequest History() => new(PagePath + "/access-history", AssetBase, null);

    private static PageRequest Short() => new(PagePath, AssetBase, null);

    private static SocialCareView View(Audience audience, SocialCareRecord record) =>
        new(PatientId.Create("p-1").Value, audience, At, [record], []);

    private static SocialCareRecord Record(
        IReadOnlyList<SocialWorker>? workers = null,
        IReadOnlyList<CarePackage>? packages = null,
        IReadOnlyList<AssessmentSummary>? assessments = null,
        IReadOnlyList<CaseNoteMeta>? notes = null,
        IReadOnlyList<CommunicationNeed>? needs = null,
        LocalAuthority? authority = null) =>
        new(authority ?? Ealing, At, workers ?? [], packages ?? [], assessments ?? [], notes ?? [], needs ?? []);
}

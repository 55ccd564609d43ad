using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using SocialCare.Application.AccessHistory;
using SocialCare.Application.AccessHistory.GetAccessHistory;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Errors;
using SocialCare.Application.Tests.TestSupport;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Tests.AccessHistory.GetAccessHistory;

/// <summary>Spec §7: the patient, and only the patient, reads who has looked; the reading is audited and fails closed.</summary>
public class GetAccessHistoryQueryHandlerTests : SocialCareHarnessFixture
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(10);
    private static readonly ViewerId Carer = ViewerId.Create("carer-0007").Value;
    private static readonly ViewerId Professional = ViewerId.Create("professional-0009").Value;
    private static readonly ViewerId Stranger = ViewerId.Create("stranger-0013").Value;

    [Test]
    public async Task Patient_reads_every_attempt_newest_first_as_the_reader_gives_them()
    {
        Harness.Knows(People.Facts([People.Self]));
        Entry[] entries =
        [
            new(Carer, [ViewerRelationship.Carer], AuditSurface.Page, "social-care.shown"),
            new(Stranger, [], AuditSurface.Record, "social-care.access-denied"),
            new(People.Viewer, [ViewerRelationship.Self], AuditSurface.Record, "social-care.not-shared"),
            new(Professional, [ViewerRelationship.TeamProfessional], AuditSurface.AccessHistory, "social-care.access-denied"),
        ];
        Reads(entries);

        var history = (await Harness.HistoryAsync()).Value;

        Assert.That(history.PatientId, Is.EqualTo(People.Patient));
        Assert.That(history.Items.Select(i => i.Id), Is.EqualTo(entries.Select(e => e.Id)));
        Assert.That(history.Items.Select(i => i.At), Is.EqualTo(entries.Select(e => e.At)));
        Assert.That(history.Items.Select(i => i.Place), Is.EqualTo(new[] { AuditSurface.Page, AuditSurface.Record, AuditSurface.Record, AuditSurface.AccessHistory }));
        Assert.That(history.Items.Select(i => i.Relationships), Is.EqualTo(entries.Select(e => e.Relationships)));
        Assert.That(history.Items.Select(i => i.Shown), Is.EqualTo(new[] { true, false, false, false }), "shown only when the true outcome was shown");
        Assert.That(history.OlderBefore, Is.Null);
    }

    [Test]
    public async Task Patient_outside_the_pilot_still_reads_their_history()
    {
        Harness.Knows(People.Facts([People.Self], region: Places.SouthEast));
        Reads([new(Carer, [ViewerRelationship.Carer], AuditSurface.Page, "social-care.not-in-pilot")]);

        var history = await Harness.HistoryAsync();

        Assert.That(history.IsSuccess, Is.True);
        Assert.That(history.Value.Items, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Patients_own_attempts_read_you_and_the_host_is_not_asked_about_them()
    {
        Harness.Knows(People.Facts([People.Self]));
        var otherLogin = ViewerId.Create("viewer-0117-app").Value;
        Reads(
        [
            new(People.Viewer, [ViewerRelationship.Self], AuditSurface.Page, "social-care.shown"),
            new(otherLogin, [ViewerRelationship.Self], AuditSurface.Record, "social-care.shown"),
            new(People.Viewer, [], AuditSurface.Record, "social-care.unavailable"), // the directory had failed then
        ]);

        var history = (await Harness.HistoryAsync()).Value;

        Assert.That(history.Items.Select(i => i.Who), Is.EqualTo(new[] { "You", "You", "You" }));
        await Harness.ViewerNames.DidNotReceiveWithAnyArgs().NameOfAsync(default!, default!, default);
    }

    [Test]
    public async Task Others_are_named_as_the_host_names_them_once_per_viewer()
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.ViewerNames.NameOfAsync(Carer, People.Patient, Arg.Any<CancellationToken>()).Returns("Grace Example");
        Harness.ViewerNames.NameOfAsync(Professional, People.Patient, Arg.Any<CancellationToken>()).Returns("Dr Alan Example, Example Surgery");
        Reads(
        [
            new(Carer, [ViewerRelationship.Carer], AuditSurface.Page, "social-care.shown"),
            new(Professional, [ViewerRelationship.TeamProfessional], AuditSurface.Record, "social-care.shown"),
            new(Carer, [ViewerRelationship.Carer], AuditSurface.Record, "social-care.shown"),
        ]);

        var history = (await Harness.HistoryAsync()).Value;

        Assert.That(history.Items.Select(i => i.Who), Is.EqualTo(new[] { "Grace Example", "Dr Alan Example, Example Surgery", "Grace Example" }));
        await Harness.ViewerNames.Received(1).NameOfAsync(Carer, People.Patient, Arg.Any<CancellationToken>());
    }

    [TestCase(ViewerRelationship.Carer, "A carer")]
    [TestCase(ViewerRelationship.TeamProfessional, "A professional in your care team")]
    [TestCase(ViewerRelationship.IndividualProfessional, "A professional you share your record with")]
    [TestCase(ViewerRelationship.Unknown, "Someone connected to you in PKB")]
    public async Task Viewer_the_host_does_not_name_is_named_by_relationship(ViewerRelationship relationship, string who)
    {
        Harness.Knows(People.Facts([People.Self]));
        Reads([new(Carer, [relationship], AuditSurface.Page, "social-care.shown")]);

        Assert.That((await Harness.HistoryAsync()).Value.Items.Single().Who, Is.EqualTo(who));
    }

    [Test]
    public async Task Viewer_with_no_connection_the_host_does_not_name_is_someone()
    {
        Harness.Knows(People.Facts([People.Self]));
        Reads([new(Stranger, [], AuditSurface.Record, "social-care.access-denied")]);

        Assert.That((await Harness.HistoryAsync()).Value.Items.Single().Who, Is.EqualTo("Someone"));
    }

    [Test]
    public async Task Name_the_host_fails_to_give_falls_back_for_that_viewer_only()
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.ViewerNames.NameOfAsync(Carer, People.Patient, Arg.Any<CancellationToken>())
            .ThrowsAsync(new InvalidOperationException($"no name for {Carer}"));
        Harness.ViewerNames.NameOfAsync(Professional, People.Patient, Arg.Any<CancellationToken>()).Returns("Dr Alan Example");
        Reads(
        [
            new(Carer, [ViewerRelationship.Carer], AuditSurface.Page, "social-care.shown"),
            new(Professional, [ViewerRelationship.IndividualProfessional], AuditSurface.Page, "social-care.shown"),
        ]);

        var history = await Harness.HistoryAsync();

        Assert.That(history.Value.Items.Select(i => i.Who), Is.EqualTo(new[] { "A carer", "Dr Alan Example" }));
        Assert.That(Harness.Logs.GetSnapshot().Single(r => r.Id.Id == 1303).Message, Does.Contain("System.InvalidOperationException").And.Not.Contain(Carer.Value));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\u202E\u0007")]
    public async Task Blank_name_from_the_host_falls_back(string name)
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.ViewerNames.NameOfAsync(Carer, People.Patient, Arg.Any<CancellationToken>()).Returns(name);
        Reads([new(Carer, [ViewerRelationship.Carer], AuditSurface.Page, "social-care.shown")]);

        Assert.That((await Harness.HistoryAsync()).Value.Items.Single().Who, Is.EqualTo("A carer"));
    }

    [Test]
    public async Task Host_name_is_shown_without_control_or_bidirectional_characters()
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.ViewerNames.NameOfAsync(Carer, People.Patient, Arg.Any<CancellationToken>()).Returns("Grace\u202E Example\r\n");
        Reads([new(Carer, [ViewerRelationship.Carer], AuditSurface.Page, "social-care.shown")]);

        Assert.That((await Harness.HistoryAsync()).Value.Items.Single().Who, Is.EqualTo("Grace Example"));
    }

    [Test]
    public async Task Names_the_host_has_not_given_when_the_deadline_passes_fall_back_and_the_history_is_still_shown()
    {
        Harness.Knows(People.Facts([People.Self]));
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Harness.ViewerNames.NameOfAsync(Carer, People.Patient, Arg.Any<CancellationToken>()).Returns(_ => Hangs<string?>(asked));
        Reads(
        [
            new(Carer, [ViewerRelationship.Carer], AuditSurface.Page, "social-care.shown"),
            new(Professional, [ViewerRelationship.TeamProfessional], AuditSurface.Page, "social-care.shown"),
        ]);

        var history = Harness.HistoryAsync();
        await asked.Task.WaitAsync(Hang);
        Harness.Time.Advance(TimeSpan.FromSeconds(3));

        var items = (await history.WaitAsync(Hang)).Value.Items;
        Assert.That(items.Select(i => i.Who), Is.EqualTo(new[] { "A carer", "A professional in your care team" }));
        await Harness.ViewerNames.DidNotReceive().NameOfAsync(Professional, Arg.Any<PatientId>(), Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Host_that_registers_no_names_gets_every_other_viewer_named_by_relationship()
    {
        Harness.Customise = services => services.AddSingleton<ISocialCareViewerNames>(new NoViewerNames());
        Harness.Knows(People.Facts([People.Self]));
        Reads([new(Carer, [ViewerRelationship.Carer, ViewerRelationship.TeamProfessional], AuditSurface.Page, "social-care.shown")]);

        Assert.That((await Harness.HistoryAsync()).Value.Items.Single().Who, Is.EqualTo("A carer"));
    }

    [Test]
    public async Task Page_asks_the_reader_for_the_page_size_after_the_entry_given_and_offers_the_next()
    {
        Harness.Knows(People.Facts([People.Self]));
        var before = Guid.CreateVersion7(SocialCareHarness.Now);
        Entry[] entries = [new(Carer, [ViewerRelationship.Carer], AuditSurface.Page, "social-care.shown"), new(Carer, [ViewerRelationship.Carer], AuditSurface.Page, "social-care.shown")];
        Harness.AuditReader.ReadNewestFirstAsync(People.Patient, 2, before, Arg.Any<CancellationToken>())
            .Returns(new SocialCareAuditPage([.. entries.Select(e => e.ToAuditEntry())], HasOlder: true));

        var history = (await Harness.SendAsync(new GetAccessHistoryQuery(People.Patient, People.Viewer, PageSize: 2, Before: before))).Value;

        Assert.That(history.Items, Has.Count.EqualTo(2));
        Assert.That(history.OlderBefore, Is.EqualTo(entries[1].Id), "the last entry of this page");
    }

    [Test]
    public async Task Newest_page_is_asked_for_twenty_entries_by_default()
    {
        Harness.Knows(People.Facts([People.Self]));

        await Harness.HistoryAsync();

        await Harness.AuditReader.Received(1).ReadNewestFirstAsync(People.Patient, 20, null, Arg.Any<CancellationToken>());
    }

    [TestCase(0, 1)]
    [TestCase(-5, 1)]
    [TestCase(100, 100)]
    [TestCase(101, 100)]
    [TestCase(int.MaxValue, 100)]
    public async Task Page_size_is_brought_within_one_to_a_hundred(int asked, int read)
    {
        Harness.Knows(People.Facts([People.Self]));

        await Harness.SendAsync(new GetAccessHistoryQuery(People.Patient, People.Viewer, PageSize: asked));

        await Harness.AuditReader.Received(1).ReadNewestFirstAsync(People.Patient, read, null, Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Empty_history_is_an_empty_page_with_nothing_older()
    {
        Harness.Knows(People.Facts([People.Self]));

        var history = (await Harness.HistoryAsync()).Value;

        Assert.That(history.Items, Is.Empty);
        Assert.That(history.OlderBefore, Is.Null);
    }

    // Everyone but the patient gets the record's own denial: the same error, code, audience and words.
    [TestCase("carer with the label")]
    [TestCase("team professional with the label")]
    [TestCase("individual professional with the label")]
    [TestCase("carer without the label")]
    [TestCase("unrelated")]
    [TestCase("unknown patient")]
    public async Task Anyone_but_the_patient_is_denied_exactly_as_the_record_denies_them(string viewer)
    {
        Harness.Knows(viewer switch
        {
            "carer with the label" => People.Facts([People.Carer()]),
            "team professional with the label" => People.Facts([People.TeamProfessional()]),
            "individual professional with the label" => People.Facts([People.IndividualProfessional()]),
            "carer without the label" => People.Facts([People.Carer(label: false)]),
            "unrelated" => People.Facts([]),
            "unknown patient" => null,
            _ => throw new ArgumentOutOfRangeException(nameof(viewer)),
        });
        var catalogue = Harness.Services.GetRequiredService<UserMessageCatalogue>();
        var record = Outcome.ErrorOf(await Harness.ViewAsync(People.Patient, ViewerId.Create("no-access-at-all").Value));

        var history = Outcome.ErrorOf(await Harness.HistoryAsync());

        Assert.That(history, Is.TypeOf(record.GetType()).And.TypeOf<AccessDeniedError>());
        Assert.That((history.Code, history.Audience), Is.EqualTo((record.Code, record.Audience)));
        Assert.That(catalogue.Describe(history.Code, history.Audience), Is.EqualTo(catalogue.Describe(record.Code, record.Audience)));
        await Harness.AuditReader.DidNotReceiveWithAnyArgs().ReadNewestFirstAsync(default!, default, default, default);
        await Harness.ViewerNames.DidNotReceiveWithAnyArgs().NameOfAsync(default!, default!, default);
    }

    [Test]
    public async Task Viewer_whose_id_equals_the_patients_is_denied_unless_the_directory_says_self()
    {
        var patient = PatientId.Create("same-person").Value;
        var viewer = ViewerId.Create("same-person").Value;
        Harness.Directory.FindAsync(patient, viewer, Arg.Any<CancellationToken>()).Returns(People.Facts([People.Carer()]));

        var history = await Harness.SendAsync(new GetAccessHistoryQuery(patient, viewer));

        Assert.That(Outcome.CodeOf(history), Is.EqualTo("social-care.access-denied"));
    }

    [Test]
    public async Task Failing_directory_is_unavailable()
    {
        Harness.Directory.FindAsync(default!, default!, default).ThrowsAsyncForAnyArgs(new TimeoutException());

        Assert.That(Outcome.CodeOf(await Harness.HistoryAsync()), Is.EqualTo("social-care.unavailable"));
        await Harness.AuditReader.DidNotReceiveWithAnyArgs().ReadNewestFirstAsync(default!, default, default, default);
    }

    [Test]
    public async Task Failing_reader_is_unavailable_for_the_patient_and_audited_so()
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.AuditReader.ReadNewestFirstAsync(default!, default, default, default)
            .ThrowsAsyncForAnyArgs(new IOException($"cannot read {People.Patient}"));

        var error = Outcome.ErrorOf(await Harness.HistoryAsync());

        Assert.That(error, Is.TypeOf<UnavailableError>());
        Assert.That(error.Audience, Is.EqualTo(Audience.Patient));
        Assert.That(Harness.SingleAuditEntry().TrueOutcome, Is.EqualTo("social-care.unavailable"));
        Assert.That(Harness.Logs.GetSnapshot().Single(r => r.Id.Id == 1301).Message, Does.Contain("System.IO.IOException").And.Not.Contain(People.Patient.Value));
    }

    [Test]
    public async Task Reader_that_does_not_answer_within_the_deadline_is_unavailable()
    {
        Harness.Knows(People.Facts([People.Self]));
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Harness.AuditReader.ReadNewestFirstAsync(default!, default, default, default).ReturnsForAnyArgs(_ => Hangs<SocialCareAuditPage>(asked));

        var history = Harness.HistoryAsync();
        await asked.Task.WaitAsync(Hang);
        Harness.Time.Advance(TimeSpan.FromSeconds(3));

        Assert.That(Outcome.CodeOf(await history.WaitAsync(Hang)), Is.EqualTo("social-care.unavailable"));
    }

    [Test]
    public async Task Reading_is_audited_after_the_read_as_the_access_history_with_the_patients_relationship()
    {
        Harness.Knows(People.Facts([People.Self]));
        Reads([new(Carer, [ViewerRelationship.Carer], AuditSurface.Page, "social-care.shown")]);

        await Harness.HistoryAsync();

        var entry = Harness.SingleAuditEntry();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entry.Surface, Is.EqualTo(AuditSurface.AccessHistory));
            Assert.That(entry.Viewer, Is.EqualTo(People.Viewer));
            Assert.That(entry.Patient, Is.EqualTo(People.Patient));
            Assert.That(entry.Relationships, Is.EqualTo(new[] { ViewerRelationship.Self }));
            Assert.That(entry.AuthoritiesAsked, Is.Empty, "no council is asked");
            Assert.That(entry.TrueOutcome, Is.EqualTo("social-care.shown"));
            Assert.That(entry.AnsweredCode, Is.EqualTo("social-care.shown"));
            Assert.That(entry.At, Is.EqualTo(SocialCareHarness.Now));
        }

        // This reading is not in the page it read: it is written after, and is the newest entry of the next read.
        // The substitutes are taken out of the harness first, so that InOrder holds calls to substitutes only (NS1005).
        var reader = Harness.AuditReader;
        var audit = Harness.Audit;
        Received.InOrder(() =>
        {
            reader.ReadNewestFirstAsync(People.Patient, Arg.Any<int>(), Arg.Any<Guid?>(), Arg.Any<CancellationToken>());
            audit.WriteAsync(Arg.Any<SocialCareAuditEntry>(), Arg.Any<CancellationToken>());
        });
    }

    [Test]
    public async Task Denied_reading_is_audited_with_the_relationship_the_directory_gave()
    {
        Harness.Knows(People.Facts([People.Carer()]));

        await Harness.HistoryAsync();

        var entry = Harness.SingleAuditEntry();
        Assert.That(entry.Surface, Is.EqualTo(AuditSurface.AccessHistory));
        Assert.That(entry.TrueOutcome, Is.EqualTo("social-care.access-denied"));
        Assert.That(entry.Relationships, Is.EqualTo(new[] { ViewerRelationship.Carer }));
    }

    [Test]
    public async Task Audit_that_cannot_be_written_shows_no_history()
    {
        Harness.Knows(People.Facts([People.Self]));
        Reads([new(Carer, [ViewerRelationship.Carer], AuditSurface.Page, "social-care.shown")]);
        Harness.Audit.WriteAsync(default!, default).ThrowsAsyncForAnyArgs(new IOException("audit store down"));

        var history = await Harness.HistoryAsync();

        Assert.That(Outcome.CodeOf(history), Is.EqualTo("social-care.unavailable"));
        Assert.That(Outcome.ErrorOf(history).Audience, Is.EqualTo(Audience.Patient));
        Assert.That(history.ValueOrDefault, Is.Null);
    }

    [Test]
    public async Task Audit_that_hangs_shows_no_history_once_its_budget_is_spent()
    {
        Harness.Knows(People.Facts([People.Self]));
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Harness.Audit.WriteAsync(default!, default).ReturnsForAnyArgs(_ =>
        {
            asked.TrySetResult();
            return new TaskCompletionSource().Task;
        });

        var history = Harness.HistoryAsync();
        await asked.Task.WaitAsync(Hang);
        Harness.Time.Advance(TimeSpan.FromSeconds(3));

        Assert.That(Outcome.CodeOf(await history.WaitAsync(Hang)), Is.EqualTo("social-care.unavailable"));
    }

    [Test]
    public async Task Reading_the_caller_gives_up_is_audited_as_cancelled()
    {
        Harness.Knows(People.Facts([People.Self]));
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Harness.AuditReader.ReadNewestFirstAsync(default!, default, default, default).ReturnsForAnyArgs(_ => Hangs<SocialCareAuditPage>(asked));
        using var caller = new CancellationTokenSource();

        var history = Harness.HistoryAsync(caller.Token);
        await asked.Task.WaitAsync(Hang);
        await caller.CancelAsync();

        await Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => history.WaitAsync(Hang));
        var entry = Harness.SingleAuditEntry();
        Assert.That(entry.TrueOutcome, Is.EqualTo("social-care.cancelled"));
        Assert.That(entry.Surface, Is.EqualTo(AuditSurface.AccessHistory));
    }

    [Test]
    public async Task Each_reading_leaves_one_summary_line_of_its_answered_code_and_count()
    {
        Harness.Knows(People.Facts([People.Self]));
        Reads([new(Carer, [ViewerRelationship.Carer], AuditSurface.Page, "social-care.shown")]);

        await Harness.HistoryAsync();

        Assert.That(
            Harness.Logs.GetSnapshot().Single(r => r.Id.Id == 1203).Message,
            Is.EqualTo("Social care access history answered social-care.shown: 1 entries"));
    }

    private void Reads(IEnumerable<Entry> entries) =>
        Harness.AuditReader.ReadNewestFirstAsync(default!, default, default, default)
            .ReturnsForAnyArgs(new SocialCareAuditPage([.. entries.Select(e => e.ToAuditEntry())], HasOlder: false));

    // A port that never answers, and says when it was asked: time is moved only once the handler waits on it.
    private static Task<T> Hangs<T>(TaskCompletionSource asked)
    {
        asked.TrySetResult();
        return new TaskCompletionSource<T>().Task;
    }

    private sealed record Entry(ViewerId Viewer, ViewerRelationship[] Relationships, AuditSurface Surface, string TrueOutcome)
    {
        private static int _sequence;

        public Guid Id { get; } = Guid.NewGuid();

        public DateTimeOffset At { get; } = SocialCareHarness.Now.AddMinutes(-Interlocked.Increment(ref _sequence));

        public SocialCareAuditEntry ToAuditEntry() =>
            new(Id, At, Viewer, Relationships, People.Patient, Surface, [], TrueOutcome, TrueOutcome, TraceId: null);
    }
}

using Microsoft.Extensions.Logging.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Tests.TestSupport;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Tests;

/// <summary>Operator logs carry codes and counts, never personal data, whatever goes wrong.</summary>
public class LoggingTests : SocialCareHarnessFixture
{
    private static readonly string[] PersonalData =
    [
        People.ValidNhsNumber,
        People.FormattedNhsNumber,
        "943-476-5919",
        People.InvalidNhsNumber,
        People.Patient.Value,
        People.Viewer.Value,
        "Ada Example",
        "020 7946 0000",
        HostsName,
        OtherViewer,
    ];

    private const string HostsName = "Grace Example";
    private const string OtherViewer = "carer-0007";

    [Test]
    public async Task No_log_line_at_any_level_carries_personal_data()
    {
        await EveryKindOfAttemptAsync();

        var records = Harness.Logs.GetSnapshot();
        Assert.That(records, Is.Not.Empty);
        Assert.That(records.Select(r => r.Level), Does.Contain(Microsoft.Extensions.Logging.LogLevel.Information).And.Contain(Microsoft.Extensions.Logging.LogLevel.Error));
        foreach (var record in records)
        {
            var text = Flatten(record);
            foreach (var value in PersonalData)
            {
                Assert.That(text, Does.Not.Contain(value), $"{record.Category} logged personal data");
            }
        }
    }

    [Test]
    public async Task Each_attempt_leaves_one_summary_line_with_its_codes_and_counts()
    {
        Harness.Knows(People.Facts([People.Carer()]));
        Harness.Answers(Places.Hammersmith, Records.NotShared);

        await Harness.ViewAsync();

        var summary = Harness.Logs.GetSnapshot().Single(r => r.Id.Id == 1201);
        Assert.That(summary.Message, Is.EqualTo("Social care view answered social-care.not-known: 2 authorities asked, 0 sources, 0 warnings"));
    }

    [Test]
    public async Task Each_authority_is_logged_as_data_or_no_data()
    {
        Harness.Knows(People.Facts([People.Carer()]));
        Harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith));

        await Harness.ViewAsync();

        var answers = Harness.Logs.GetSnapshot().Where(r => r.Id.Id == 1101).Select(r => r.GetStructuredStateValue("Answer")).Order();
        Assert.That(answers, Is.EqualTo(new[] { "data", "no-data" }));
    }

    // Spec §8 and docs/security.md: the true outcome goes to the audit and nowhere else. The patient's own answer is
    // not logged either: joined to an access log by the path or the time, it would say who is known to social care.
    [Test]
    public async Task Log_of_a_concealed_outcome_reads_exactly_as_the_log_of_not_known(
        [Values] bool patientViewing, [Values] Concealed concealed, [Values] bool auditFails)
    {
        var notKnown = await LogOfAttemptAsync(patientViewing, auditFails, Records.NotFound);
        var concealedOutcome = await LogOfAttemptAsync(patientViewing, auditFails, concealed switch
        {
            Concealed.NotShared => Records.NotShared,
            Concealed.SeveralPersons => Records.SeveralPersons,
            _ => throw new ArgumentOutOfRangeException(nameof(concealed)),
        });

        Assert.That(concealedOutcome, Is.Not.Empty);
        Assert.That(concealedOutcome, Is.EqualTo(notKnown));
        Assert.That(concealedOutcome, Has.None.Matches<string>(line => TrueOutcomeWords.Any(w => line!.Contains(w, StringComparison.OrdinalIgnoreCase))));
    }

    private static readonly string[] TrueOutcomeWords =
        ["not-shared", "notshared", "not shared", "mismatch", "several-persons", "severalpersons", "several persons"];

    public enum Concealed
    {
        NotShared,
        SeveralPersons,
    }

    // Everything a provider could write, in order, from one attempt at Trace.
    private static async Task<IReadOnlyList<string>> LogOfAttemptAsync(bool patientViewing, bool auditFails, MosaicLookup hammersmith)
    {
        using var harness = new SocialCareHarness();
        harness.Knows(People.Facts([patientViewing ? People.Self : People.Carer()]));
        harness.Answers(Places.Hammersmith, hammersmith);
        if (auditFails)
        {
            harness.Audit.WriteAsync(default!, default).ThrowsAsyncForAnyArgs(new IOException("the audit store is down"));
        }

        await harness.ViewAsync();
        return [.. harness.Logs.GetSnapshot().Select(r => $"{r.Level} {r.Id} {Flatten(r)}")];
    }

    private async Task EveryKindOfAttemptAsync()
    {
        Harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith, unreadableItems: 1));
        Harness.Answers(Places.Ealing, Records.Unavailable);

        Harness.Knows(People.Facts([People.Self]));
        await Harness.ViewAsync();
        await Harness.TabAsync();

        Harness.Knows(People.Facts([People.Carer(label: false)]));
        await Harness.ViewAsync();

        Harness.Knows(People.Facts([People.Carer()], nhsNumber: People.InvalidNhsNumber));
        await Harness.ViewAsync();

        Harness.Knows(People.Facts([People.Carer()]));
        Harness.Answers(Places.Hammersmith, Records.NotShared);
        await Harness.ViewAsync();
        Harness.Answers(Places.Hammersmith, Records.SeveralPersons);
        await Harness.ViewAsync();
        Harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith, unreadableItems: 1));

        // Cut short by the deadline, then by the caller.
        Harness.Knows(People.Facts([People.Self]));
        Harness.Answers(Places.Ealing, new TaskCompletionSource<MosaicLookup>().Task);
        var late = Harness.ViewAsync();
        Harness.Time.Advance(TimeSpan.FromSeconds(3));
        await late.WaitAsync(TimeSpan.FromSeconds(10));
        using (var caller = new CancellationTokenSource())
        {
            var abandoned = Harness.ViewAsync(caller.Token);
            await caller.CancelAsync();
            await Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => abandoned.WaitAsync(TimeSpan.FromSeconds(10)));
        }

        Harness.Answers(Places.Ealing, Records.Unavailable);

        // Failures whose messages carry personal data, as real ones can.
        Harness.Knows(People.Facts([People.Self]));
        Harness.Gateway(Places.Ealing).LookupAsync(default!, default!, default)
            .ThrowsAsyncForAnyArgs(new InvalidOperationException($"no person {People.ValidNhsNumber} for {People.Patient}"));
        await Harness.ViewAsync();

        Harness.Audit.WriteAsync(default!, default).ThrowsAsyncForAnyArgs(new IOException($"cannot audit {People.Viewer} viewing {People.Patient}"));
        await Harness.ViewAsync();

        Harness.Directory.FindAsync(default!, default!, default)
            .ThrowsAsyncForAnyArgs(new TimeoutException($"directory timed out on {People.Patient} for {People.Viewer}"));
        await Harness.ViewAsync();

        await EveryKindOfHistoryReadingAsync();
    }

    // The access history: read and named, denied, a host whose names fail, a reader that fails; messages with ids.
    private async Task EveryKindOfHistoryReadingAsync()
    {
        Harness.Audit.WriteAsync(default!, default).ReturnsForAnyArgs(Task.CompletedTask);
        var other = ViewerId.Create(OtherViewer).Value;
        Harness.AuditReader.ReadNewestFirstAsync(default!, default, default, default).ReturnsForAnyArgs(new SocialCareAuditPage(
            [new(Guid.CreateVersion7(), SocialCareHarness.Now, other, [ViewerRelationship.Carer], People.Patient, AuditSurface.Page, [], "social-care.not-shared", "social-care.not-known", null)],
            HasOlder: true));
        Harness.ViewerNames.NameOfAsync(default!, default!, default).ReturnsForAnyArgs(HostsName);

        Harness.Knows(People.Facts([People.Self]));
        Assert.That((await Harness.HistoryAsync()).Value.Items.Single().Who, Is.EqualTo(HostsName));

        Harness.Knows(People.Facts([People.Carer()]));
        await Harness.HistoryAsync();

        Harness.Knows(People.Facts([People.Self]));
        Harness.ViewerNames.NameOfAsync(default!, default!, default).ThrowsAsyncForAnyArgs(new InvalidOperationException($"{OtherViewer} is {HostsName}"));
        await Harness.HistoryAsync();

        Harness.AuditReader.ReadNewestFirstAsync(default!, default, default, default)
            .ThrowsAsyncForAnyArgs(new IOException($"cannot read the audit of {People.Patient} for {People.Viewer}"));
        await Harness.HistoryAsync();

        Harness.Audit.WriteAsync(default!, default).ThrowsAsyncForAnyArgs(new IOException($"cannot audit {People.Viewer} reading {People.Patient}"));
        await Harness.HistoryAsync();

        var events = Harness.Logs.GetSnapshot().Select(r => r.Id.Id).ToHashSet();
        Assert.That(events, Is.SupersetOf(new[] { 1203, 1301, 1303 }), "the history's own lines were exercised");
    }

    private static string Flatten(FakeLogRecord record) =>
        string.Join(
            " | ",
            [
                record.Category,
                record.Message,
                .. record.StructuredState?.Select(p => $"{p.Key}={p.Value}") ?? [],
                .. record.Scopes.Select(s => s?.ToString()),
                record.Exception?.ToString(),
            ]);
}

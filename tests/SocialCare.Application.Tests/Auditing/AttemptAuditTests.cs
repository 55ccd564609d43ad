using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Application.Tests.TestSupport;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Tests.Auditing;

/// <summary>
/// Spec §1 step 11: every attempt is audited with its true outcome and what its <c>Attempt</c> recorded, however it
/// ends, and an unwritten audit shows nothing.
/// </summary>
public class AttemptAuditTests : SocialCareHarnessFixture
{
    [Test]
    public async Task Shown_view_is_audited_with_viewer_patient_authorities_trace_and_time()
    {
        Harness.Knows(People.Facts([People.Carer()]));
        Harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith));
        using var activity = new Activity("test").SetIdFormat(ActivityIdFormat.W3C).Start();

        await Harness.ViewAsync();

        var entry = Harness.SingleAuditEntry();
        Assert.That(entry.Viewer, Is.EqualTo(People.Viewer));
        Assert.That(entry.Patient, Is.EqualTo(People.Patient));
        Assert.That(entry.TrueOutcome, Is.EqualTo("social-care.shown"));
        Assert.That(entry.AuthoritiesAsked, Is.EquivalentTo(new[] { Places.Hammersmith.Code.Value, Places.Ealing.Code.Value }));
        Assert.That(entry.TraceId, Is.EqualTo(activity.TraceId.ToHexString()));
        Assert.That(entry.At, Is.EqualTo(SocialCareHarness.Now));
    }

    [Test]
    public async Task Entry_has_its_own_unique_id_the_relationships_the_directory_gave_and_the_surface()
    {
        Harness.Knows(People.Facts([People.Carer(), People.Carer(), People.Carer(label: false)]));

        await Harness.ViewAsync();
        await Harness.SendAsync(new GetSocialCareQuery(People.Patient, People.Viewer, AuditSurface.Page));

        var entries = Harness.AuditEntries();
        Assert.That(entries, Has.Count.EqualTo(2));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entries[0].Id, Is.Not.EqualTo(entries[1].Id));
            Assert.That(entries[0].Id.Version, Is.EqualTo(7), "time-ordered");
            Assert.That(entries[0].Relationships, Is.EqualTo(new[] { ViewerRelationship.Carer }));
            Assert.That(entries[0].Surface, Is.EqualTo(AuditSurface.Record));
            Assert.That(entries[1].Surface, Is.EqualTo(AuditSurface.Page));
            Assert.That(entries[0].AnsweredCode, Is.EqualTo(entries[0].TrueOutcome));
        }
    }

    [Test]
    public async Task Unknown_patient_is_audited_with_no_relationship()
    {
        await Harness.ViewAsync();

        var entry = Harness.SingleAuditEntry();
        Assert.That(entry.TrueOutcome, Is.EqualTo("social-care.access-denied"));
        Assert.That(entry.Relationships, Is.Empty);
    }

    [Test]
    public async Task Denied_attempt_is_audited_too()
    {
        Harness.Knows(People.Facts([People.Carer(label: false)]));

        await Harness.ViewAsync();

        var entry = Harness.SingleAuditEntry();
        Assert.That(entry.TrueOutcome, Is.EqualTo("social-care.access-denied"));
        Assert.That(entry.AuthoritiesAsked, Is.Empty);
    }

    [Test]
    public async Task Attempt_that_found_nothing_is_audited_with_the_authorities_asked()
    {
        Harness.Knows(People.Facts([People.Self]));

        await Harness.ViewAsync();

        var entry = Harness.SingleAuditEntry();
        Assert.That(entry.TrueOutcome, Is.EqualTo("social-care.not-known"));
        Assert.That(entry.AuthoritiesAsked, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Directory_failure_is_audited_as_unavailable()
    {
        Harness.Directory.FindAsync(default!, default!, default).ThrowsAsyncForAnyArgs(new TimeoutException());

        await Harness.ViewAsync();

        Assert.That(Harness.SingleAuditEntry().TrueOutcome, Is.EqualTo("social-care.unavailable"));
    }

    [Test]
    public async Task Audit_that_cannot_be_written_shows_nothing()
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith));
        Harness.Audit.WriteAsync(default!, default).ThrowsAsyncForAnyArgs(new IOException("audit store down"));

        var result = await Harness.ViewAsync();

        Assert.That(Outcome.CodeOf(result), Is.EqualTo("social-care.unavailable"));
        Assert.That(result.ValueOrDefault, Is.Null);
    }

    [Test]
    public async Task Audit_that_cannot_be_written_turns_a_denial_into_unavailable_as_well()
    {
        Harness.Knows(People.Facts([People.Carer(label: false)]));
        // Thrown before any task exists, as a synchronous bug in a sink would.
        Harness.Audit.WriteAsync(default!, default).ReturnsForAnyArgs<Task>(_ => throw new InvalidOperationException());

        Assert.That(Outcome.CodeOf(await Harness.ViewAsync()), Is.EqualTo("social-care.unavailable"));
    }

    [Test]
    public async Task Cancelled_attempt_is_audited_as_cancelled()
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.Answers(Places.Hammersmith, new TaskCompletionSource<MosaicLookup>().Task);
        using var caller = new CancellationTokenSource();

        var view = Harness.ViewAsync(caller.Token);
        await caller.CancelAsync();
        await Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => view);

        var entry = Harness.SingleAuditEntry();
        Assert.That(entry.TrueOutcome, Is.EqualTo("social-care.cancelled"));
        Assert.That(entry.AuthoritiesAsked, Is.EquivalentTo(new[] { Places.Hammersmith.Code.Value, Places.Ealing.Code.Value }), "they were sent the NHS number");
    }

    [Test]
    public async Task Audit_is_written_with_its_own_budget_not_the_callers_token()
    {
        Harness.Knows(People.Facts([People.Self]));
        using var caller = new CancellationTokenSource();
        var tokens = new List<CancellationToken>();
        Harness.Audit.WriteAsync(default!, default).ReturnsForAnyArgs(call =>
        {
            tokens.Add(call.Arg<CancellationToken>());
            caller.Cancel(); // the caller gives up while the audit is being written
            return Task.CompletedTask;
        });

        await Harness.ViewAsync(caller.Token);

        Assert.That(tokens, Has.Count.EqualTo(1));
        Assert.That(tokens[0], Is.Not.EqualTo(caller.Token));
        Assert.That(tokens[0].IsCancellationRequested, Is.False);
    }

    [Test]
    public async Task Audit_that_hangs_shows_nothing_once_its_budget_is_spent()
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith));
        Harness.Audit.WriteAsync(default!, default).ReturnsForAnyArgs(new TaskCompletionSource().Task);

        var view = Harness.ViewAsync();
        Assert.That(view.IsCompleted, Is.False);
        Harness.Time.Advance(TimeSpan.FromSeconds(3));

        Assert.That(Outcome.CodeOf(await view.WaitAsync(TimeSpan.FromSeconds(10))), Is.EqualTo("social-care.unavailable"));
    }

    [Test]
    public async Task Attempts_in_flight_together_are_audited_apart()
    {
        var ealing = new TaskCompletionSource<MosaicLookup>(TaskCreationOptions.RunContinuationsAsynchronously);
        Harness.Answers(Places.Ealing, ealing.Task);
        Harness.Knows(People.Facts([People.Self], ownAuthorities: [Places.Ealing.Code.Value]));
        var first = Harness.ViewAsync();
        Harness.Knows(People.Facts([People.Self]));
        var second = Harness.ViewAsync();
        Assert.That(first.IsCompleted || second.IsCompleted, Is.False, "both attempts are in flight");

        ealing.SetResult(Records.NotFound);
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));

        var asked = Harness.Audit.ReceivedCalls().Select(c => ((SocialCareAuditEntry)c.GetArguments()[0]!).AuthoritiesAsked.Count);
        Assert.That(asked, Is.EquivalentTo(new[] { 1, 2 }));
    }

    [Test]
    public async Task Bug_inside_the_view_is_audited_as_internal_error_and_left_to_the_host()
    {
        var registry = Substitute.For<ILocalAuthorityRegistry>();
        registry.EnabledRegions.Throws(new InvalidOperationException("a bug"));
        Harness.Customise = services => services.AddSingleton(registry);
        Harness.Knows(People.Facts([People.Self]));

        await Assert.ThrowsAsync(Is.TypeOf<InvalidOperationException>(), () => Harness.ViewAsync());

        Assert.That(Harness.SingleAuditEntry().TrueOutcome, Is.EqualTo("social-care.internal-error"));
    }
    [Test]
    public async Task Attempts_in_flight_together_in_one_scope_are_audited_apart()
    {
        var ealing = new TaskCompletionSource<MosaicLookup>(TaskCreationOptions.RunContinuationsAsynchronously);
        Harness.Answers(Places.Ealing, ealing.Task);
        var (own, other) = (People.Viewer, ViewerId.Create("viewer-0118").Value);
        Harness.Directory.FindAsync(People.Patient, own, Arg.Any<CancellationToken>())
            .Returns(People.Facts([People.Self], ownAuthorities: [Places.Ealing.Code.Value]));
        Harness.Directory.FindAsync(People.Patient, other, Arg.Any<CancellationToken>())
            .Returns(People.Facts([People.Carer()]));
        await using var scope = Harness.Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredKeyedService<ISender>(SocialCareMediator.ServiceKey);

        var first = sender.Send(new GetSocialCareQuery(People.Patient, own)).AsTask();
        var second = sender.Send(new GetSocialCareQuery(People.Patient, other, AuditSurface.Page)).AsTask();
        Assert.That(first.IsCompleted || second.IsCompleted, Is.False, "both attempts are in flight");
        ealing.SetResult(Records.NotFound);
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));

        var entries = Harness.AuditEntries().ToDictionary(e => e.Viewer);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(entries[own].AuthoritiesAsked, Is.EqualTo(new[] { Places.Ealing.Code.Value }));
            Assert.That(entries[own].Relationships, Is.EqualTo(new[] { ViewerRelationship.Self }));
            Assert.That(entries[own].Surface, Is.EqualTo(AuditSurface.Record));
            Assert.That(entries[other].AuthoritiesAsked, Is.EquivalentTo(new[] { Places.Hammersmith.Code.Value, Places.Ealing.Code.Value }));
            Assert.That(entries[other].Relationships, Is.EqualTo(new[] { ViewerRelationship.Carer }));
            Assert.That(entries[other].Surface, Is.EqualTo(AuditSurface.Page));
        }
    }

    [Test]
    public async Task Bug_after_the_councils_were_asked_is_audited_with_every_council_sent_the_nhs_number()
    {
        Harness.Knows(People.Facts([People.Carer()]));
        // A gateway that breaks its contract: found, with no record. The view builder's guard is the bug that escapes.
        Harness.Answers(Places.Hammersmith, new MosaicLookup.Found(null!));

        await Assert.ThrowsAsync(Is.TypeOf<ArgumentNullException>(), () => Harness.ViewAsync());

        var entry = Harness.SingleAuditEntry();
        Assert.That(entry.TrueOutcome, Is.EqualTo("social-care.internal-error"));
        Assert.That(entry.AnsweredCode, Is.EqualTo("social-care.internal-error"));
        Assert.That(entry.AuthoritiesAsked, Is.EquivalentTo(new[] { Places.Hammersmith.Code.Value, Places.Ealing.Code.Value }));
        Assert.That(entry.Relationships, Is.EqualTo(new[] { ViewerRelationship.Carer }));
    }

    [Test]
    public async Task Attempt_cancelled_while_the_directory_is_asked_is_audited_with_no_council()
    {
        Harness.Directory.FindAsync(default!, default!, default).ReturnsForAnyArgs(new TaskCompletionSource<PatientFacts?>().Task);
        using var caller = new CancellationTokenSource();

        var view = Harness.ViewAsync(caller.Token);
        await caller.CancelAsync();
        await Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => view.WaitAsync(TimeSpan.FromSeconds(10)));

        var entry = Harness.SingleAuditEntry();
        Assert.That(entry.TrueOutcome, Is.EqualTo("social-care.cancelled"));
        Assert.That(entry.AuthoritiesAsked, Is.Empty);
        Harness.DidNotAskAnyMosaic();
    }

    [Test]
    public async Task Cancelled_attempt_is_cancelled_for_its_caller_even_when_its_audit_cannot_be_written()
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.Answers(Places.Hammersmith, new TaskCompletionSource<MosaicLookup>().Task);
        Harness.Audit.WriteAsync(default!, default).ThrowsAsyncForAnyArgs(new IOException("audit store down"));
        using var caller = new CancellationTokenSource();

        var view = Harness.ViewAsync(caller.Token);
        await caller.CancelAsync();

        await Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => view.WaitAsync(TimeSpan.FromSeconds(10)));
        var failed = Harness.Logs.GetSnapshot().Single(r => r.Id.Id == 1202);
        Assert.That(failed.GetStructuredStateValue("Outcome"), Is.EqualTo("social-care.cancelled"));
    }

    [Test]
    public async Task Patients_own_answer_replaced_by_unavailable_is_still_worded_for_them()
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith));
        Harness.Audit.WriteAsync(default!, default).ThrowsAsyncForAnyArgs(new IOException("audit store down"));

        var error = Outcome.ErrorOf(await Harness.ViewAsync());

        Assert.That(error, Is.TypeOf<UnavailableError>());
        Assert.That(error.Audience, Is.EqualTo(Audience.Patient));
    }

    [Test]
    public async Task Audit_that_cannot_be_written_is_logged_with_the_answer_it_stopped_and_the_summary_says_unavailable()
    {
        Harness.Knows(People.Facts([People.Carer()]));
        Harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith));
        Harness.Audit.WriteAsync(default!, default).ThrowsAsyncForAnyArgs(new IOException("audit store down"));

        await Harness.ViewAsync();

        var logs = Harness.Logs.GetSnapshot();
        Assert.That(logs.Single(r => r.Id.Id == 1202).Message, Is.EqualTo("The audit of a social care view (social-care.shown) could not be written (System.IO.IOException); nothing was shown"));
        Assert.That(logs.Single(r => r.Id.Id == 1201).Message, Is.EqualTo("Social care view answered social-care.unavailable: 2 authorities asked, 0 sources, 0 warnings"));
    }
}

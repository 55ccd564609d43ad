using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Tests.TestSupport;

namespace SocialCare.Application.Tests.Behaviors;

/// <summary>Spec §1 step 11: every attempt is audited with its true outcome, and an unwritten audit shows nothing.</summary>
public class SocialCareAuditBehaviorTests
{
    private SocialCareHarness _harness = null!;

    [SetUp]
    public void SetUp() => _harness = new SocialCareHarness();

    [TearDown]
    public void TearDown() => _harness.Dispose();

    [Test]
    public async Task Shown_view_is_audited_with_viewer_patient_authorities_trace_and_time()
    {
        _harness.Knows(People.Facts([People.Carer()]));
        _harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith));
        using var activity = new Activity("test").SetIdFormat(ActivityIdFormat.W3C).Start();

        await _harness.ViewAsync();

        var entry = _harness.SingleAuditEntry();
        Assert.That(entry.Viewer, Is.EqualTo(People.Viewer));
        Assert.That(entry.Patient, Is.EqualTo(People.Patient));
        Assert.That(entry.Outcome, Is.EqualTo("social-care.shown"));
        Assert.That(entry.AuthoritiesAsked, Is.EquivalentTo(new[] { Places.Hammersmith.Code.Value, Places.Ealing.Code.Value }));
        Assert.That(entry.TraceId, Is.EqualTo(activity.TraceId.ToHexString()));
        Assert.That(entry.At, Is.EqualTo(SocialCareHarness.Now));
    }

    [Test]
    public async Task Denied_attempt_is_audited_too()
    {
        _harness.Knows(People.Facts([People.Carer(label: false)]));

        await _harness.ViewAsync();

        var entry = _harness.SingleAuditEntry();
        Assert.That(entry.Outcome, Is.EqualTo("social-care.access-denied"));
        Assert.That(entry.AuthoritiesAsked, Is.Empty);
    }

    [Test]
    public async Task Attempt_that_found_nothing_is_audited_with_the_authorities_asked()
    {
        _harness.Knows(People.Facts([People.Self]));

        await _harness.ViewAsync();

        var entry = _harness.SingleAuditEntry();
        Assert.That(entry.Outcome, Is.EqualTo("social-care.not-known"));
        Assert.That(entry.AuthoritiesAsked, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task Directory_failure_is_audited_as_unavailable()
    {
        _harness.Directory.FindAsync(default!, default!, default).ThrowsAsyncForAnyArgs(new TimeoutException());

        await _harness.ViewAsync();

        Assert.That(_harness.SingleAuditEntry().Outcome, Is.EqualTo("social-care.unavailable"));
    }

    [Test]
    public async Task Audit_that_cannot_be_written_shows_nothing()
    {
        _harness.Knows(People.Facts([People.Self]));
        _harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith));
        _harness.Audit.WriteAsync(default!, default).ThrowsAsyncForAnyArgs(new IOException("audit store down"));

        var result = await _harness.ViewAsync();

        Assert.That(Outcome.CodeOf(result), Is.EqualTo("social-care.unavailable"));
        Assert.That(result.ValueOrDefault, Is.Null);
    }

    [Test]
    public async Task Audit_that_cannot_be_written_turns_a_denial_into_unavailable_as_well()
    {
        _harness.Knows(People.Facts([People.Carer(label: false)]));
        // Thrown before any task exists, as a synchronous bug in a sink would.
        _harness.Audit.WriteAsync(default!, default).ReturnsForAnyArgs<Task>(_ => throw new InvalidOperationException());

        Assert.That(Outcome.CodeOf(await _harness.ViewAsync()), Is.EqualTo("social-care.unavailable"));
    }

    [Test]
    public async Task Cancelled_attempt_is_audited_as_cancelled()
    {
        _harness.Knows(People.Facts([People.Self]));
        _harness.Answers(Places.Hammersmith, new TaskCompletionSource<MosaicLookup>().Task);
        using var caller = new CancellationTokenSource();

        var view = _harness.ViewAsync(caller.Token);
        await caller.CancelAsync();
        await Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), () => view);

        Assert.That(_harness.SingleAuditEntry().Outcome, Is.EqualTo("social-care.cancelled"));
    }

    [Test]
    public async Task Bug_inside_the_view_is_audited_as_internal_error_and_left_to_the_host()
    {
        var registry = Substitute.For<ILocalAuthorityRegistry>();
        registry.EnabledRegions.Throws(new InvalidOperationException("a bug"));
        _harness.Customise = services => services.AddSingleton(registry);
        _harness.Knows(People.Facts([People.Self]));

        await Assert.ThrowsAsync(Is.TypeOf<InvalidOperationException>(), () => _harness.ViewAsync());

        Assert.That(_harness.SingleAuditEntry().Outcome, Is.EqualTo("social-care.internal-error"));
    }
}

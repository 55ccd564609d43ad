using FluentResults;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Testing.Tests;

/// <summary>
/// The tests a host writes with this package, as its README shows them: the library's real rules through its own
/// mediator, with nothing but the three fakes around them.
/// </summary>
public class HostAccessRuleTests
{
    private const string Patient = "patient-1";
    private const string NhsNumber = "9434765919";

    [Test]
    public async Task The_patient_sees_their_record_and_the_view_is_audited_as_shown()
    {
        await using var harness = SocialCareTestHarness.Create();
        harness.Directory.Add(Patient, Patient, new PatientFactsBuilder().WithNhsNumber(NhsNumber).InPilotTeam().AsSelf().Build());
        harness.Mosaic.Found();

        var result = await View(harness, Patient);

        Assert.That(result.IsSuccess, Is.True, string.Join(", ", result.Errors.Select(e => e.Message)));
        Assert.That(result.Value.Sources.Select(s => s.LocalAuthority.Code.Value), Is.EqualTo(new[] { SocialCareTestHarness.Authority }));
        Assert.That(Single(harness).TrueOutcome, Is.EqualTo(SocialCareCodes.Shown));
    }

    [Test]
    public async Task A_carer_with_the_social_care_label_sees_the_record()
    {
        await using var harness = SocialCareTestHarness.Create();
        harness.Directory.Add(Patient, "carer-1", new PatientFactsBuilder().WithNhsNumber(NhsNumber).InPilotTeam().GrantingSocialCare(ViewerRelationship.Carer).Build());
        harness.Mosaic.Found();

        var result = await View(harness, "carer-1");

        Assert.That(result.IsSuccess, Is.True);
        Assert.That(Single(harness).Relationships, Is.EqualTo(new[] { ViewerRelationship.Carer }));
    }

    [Test]
    public async Task A_carer_without_the_social_care_label_is_denied_and_mosaic_is_never_asked()
    {
        await using var harness = SocialCareTestHarness.Create();
        harness.Directory.Add(Patient, "carer-1", new PatientFactsBuilder().WithNhsNumber(NhsNumber).InPilotTeam().Granting(ViewerRelationship.Carer).Build());
        harness.Mosaic.Found();

        var result = await View(harness, "carer-1");

        Assert.That(result.HasError<AccessDeniedError>(), Is.True);
        Assert.That(harness.Mosaic.Asked, Is.Empty);
        Assert.That(Single(harness).TrueOutcome, Is.EqualTo(SocialCareCodes.AccessDenied));
    }

    [Test]
    public async Task A_patient_outside_the_pilot_is_not_in_the_pilot()
    {
        await using var harness = SocialCareTestHarness.Create();
        harness.Directory.Add(Patient, Patient, new PatientFactsBuilder().WithNhsNumber(NhsNumber).InTeam("team-9", "elsewhere").AsSelf().Build());
        harness.Mosaic.Found();

        var result = await View(harness, Patient);

        Assert.That(result.HasError<NotInPilotError>(), Is.True);
        Assert.That(harness.Mosaic.Asked, Is.Empty);
    }

    [Test]
    public async Task When_the_audit_cannot_be_written_the_record_is_not_shown()
    {
        await using var harness = SocialCareTestHarness.Create();
        harness.Directory.Add(Patient, Patient, new PatientFactsBuilder().WithNhsNumber(NhsNumber).InPilotTeam().AsSelf().Build());
        harness.Mosaic.Found();
        harness.Audit.FailWrites();

        var result = await View(harness, Patient);

        Assert.That(result.IsFailed, Is.True);
        Assert.That(result.Errors.OfType<SocialCareError>().Single().Code, Is.EqualTo(SocialCareCodes.Unavailable));
        Assert.That(harness.Audit.Entries, Is.Empty);
    }

    internal static Task<Result<SocialCareView>> View(SocialCareTestHarness harness, string viewer) =>
        harness.SendAsync(new GetSocialCareQuery(PatientId.Create(Patient).Value, ViewerId.Create(viewer).Value));

    internal static SocialCareAuditEntry Single(SocialCareTestHarness harness) => harness.Audit.Entries.Single();
}

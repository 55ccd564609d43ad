using SocialCare.Application.Errors;
using SocialCare.Application.Policies;
using SocialCare.Application.Tests.TestSupport;

namespace SocialCare.Application.Tests.Policies;

public class AccessPolicyTests
{
    [Test]
    public void Unknown_patient_is_denied() =>
        Assert.That(AccessPolicy.Evaluate(null).Errors.Single(), Is.InstanceOf<AccessDeniedError>());

    [Test]
    public void Patient_needs_no_label_and_reads_as_the_patient() =>
        Assert.That(AccessPolicy.Evaluate(People.Facts([People.Self])).Value, Is.EqualTo(Audience.Patient));

    [Test]
    public void Patient_who_is_also_their_own_carer_reads_as_the_patient() =>
        Assert.That(AccessPolicy.Evaluate(People.Facts([People.Carer(), People.Self])).Value, Is.EqualTo(Audience.Patient));

    [Test]
    public void Team_professional_with_the_label_reads_as_someone_else() =>
        Assert.That(AccessPolicy.Evaluate(People.Facts([People.TeamProfessional()])).Value, Is.EqualTo(Audience.Other));

    [Test]
    public void Any_one_qualifying_grant_among_several_is_enough() =>
        Assert.That(
            AccessPolicy.Evaluate(People.Facts([People.Carer(label: false), People.IndividualProfessional()])).IsSuccess,
            Is.True);

    [Test]
    public void Label_on_one_grant_does_not_lend_itself_to_another_relationship() =>
        Assert.That(
            AccessPolicy.Evaluate(People.Facts([People.Carer(label: false), new(Domain.Viewers.ViewerRelationship.Unknown, [Domain.Viewers.PrivacyLabel.SocialCare])])).IsFailed,
            Is.True);

    [Test]
    public void No_grant_is_denied() =>
        Assert.That(AccessPolicy.Evaluate(People.Facts([])).Errors.Single(), Is.InstanceOf<AccessDeniedError>());

    [Test]
    public void Only_the_patient_may_read_what_is_only_theirs() =>
        Assert.That(AccessPolicy.EvaluateOnlyThePatient(People.Facts([People.Carer(), People.Self])).IsSuccess, Is.True);

    [TestCase("carer with the label")]
    [TestCase("team professional with the label")]
    [TestCase("individual professional with the label")]
    [TestCase("no grant")]
    [TestCase("unknown patient")]
    public void Anyone_else_is_denied_what_is_only_the_patients_whatever_their_grants(string viewer)
    {
        var facts = viewer switch
        {
            "carer with the label" => People.Facts([People.Carer()]),
            "team professional with the label" => People.Facts([People.TeamProfessional()]),
            "individual professional with the label" => People.Facts([People.IndividualProfessional(), People.Carer()]),
            "no grant" => People.Facts([]),
            _ => null,
        };

        Assert.That(AccessPolicy.EvaluateOnlyThePatient(facts).Errors.Single(), Is.TypeOf<AccessDeniedError>().With.Property(nameof(AccessDeniedError.Audience)).EqualTo(Audience.Other));
    }
}

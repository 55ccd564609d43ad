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
}

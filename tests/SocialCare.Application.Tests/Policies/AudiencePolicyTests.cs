using FluentResults;
using SocialCare.Application.Errors;
using SocialCare.Application.Policies;

namespace SocialCare.Application.Tests.Policies;

public class AudiencePolicyTests
{
    [Test]
    public void Not_shared_is_concealed_from_others_as_not_known_keeping_the_truth_for_the_audit()
    {
        var concealed = AudiencePolicy.Conceal(Result.Fail<int>(new NotSharedError(Audience.Other)), Audience.Other);

        var error = (SocialCareError)concealed.Errors.Single();
        Assert.That(error, Is.InstanceOf<NotKnownError>());
        Assert.That(error.Audience, Is.EqualTo(Audience.Other));
        Assert.That(error.TrueOutcome, Is.InstanceOf<NotSharedError>());
    }

    [Test]
    public void Record_mismatch_is_concealed_from_others_as_not_known() =>
        Assert.That(
            AudiencePolicy.Conceal(Result.Fail<int>(new RecordMismatchError(Audience.Other)), Audience.Other).Errors.Single(),
            Is.InstanceOf<NotKnownError>());

    [Test]
    public void Nothing_is_concealed_from_the_patient() =>
        Assert.That(
            AudiencePolicy.Conceal(Result.Fail<int>(new NotSharedError(Audience.Patient)), Audience.Patient).Errors.Single(),
            Is.InstanceOf<NotSharedError>());

    [Test]
    public void Outcomes_that_reveal_nothing_pass_unchanged() =>
        Assert.That(
            AudiencePolicy.Conceal(Result.Fail<int>(new UnavailableError(Audience.Other)), Audience.Other).Errors.Single(),
            Is.InstanceOf<UnavailableError>());

    [Test]
    public void Genuine_not_known_is_its_own_true_outcome() =>
        Assert.That(new NotKnownError(Audience.Other).TrueOutcome, Is.InstanceOf<NotKnownError>());
}

using SocialCare.Application.Errors;
using SocialCare.Application.Policies;
using SocialCare.Application.Tests.TestSupport;

namespace SocialCare.Application.Tests.Policies;

public class NhsNumberPolicyTests
{
    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Nothing_recorded_is_no_nhs_number(string? recorded) =>
        Assert.That(NhsNumberPolicy.Evaluate(recorded, Audience.Patient).Errors.Single(), Is.InstanceOf<NoNhsNumberError>());

    [TestCase(People.InvalidNhsNumber)]
    [TestCase("943476591")]
    [TestCase("not a number")]
    public void Recorded_number_that_fails_the_checks_is_invalid(string recorded) =>
        Assert.That(NhsNumberPolicy.Evaluate(recorded, Audience.Patient).Errors.Single(), Is.InstanceOf<InvalidNhsNumberError>());

    [Test]
    public void Valid_number_as_recorded_in_pkb_is_accepted() =>
        Assert.That(NhsNumberPolicy.Evaluate(People.FormattedNhsNumber, Audience.Other).Value.ToDigits(), Is.EqualTo(People.ValidNhsNumber));

    [Test]
    public void Error_is_worded_for_the_viewer() =>
        Assert.That(((SocialCareError)NhsNumberPolicy.Evaluate(null, Audience.Other).Errors.Single()).Audience, Is.EqualTo(Audience.Other));
}

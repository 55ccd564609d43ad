using NSubstitute;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Errors;
using SocialCare.Application.Policies;
using SocialCare.Application.Tests.TestSupport;
using SocialCare.Domain.Authorities;

namespace SocialCare.Application.Tests.Policies;

public class PilotPolicyTests
{
    private ILocalAuthorityRegistry _registry = null!;
    private PilotPolicy _policy = null!;

    [SetUp]
    public void SetUp()
    {
        _registry = Substitute.For<ILocalAuthorityRegistry>();
        _registry.EnabledRegions.Returns([new Region(Places.NorthWestLondon, "North West London")]);
        _registry.EnabledAuthorities.Returns([Places.Hammersmith, Places.Ealing, Places.Surrey]);
        _policy = new PilotPolicy(_registry);
    }

    [Test]
    public void Patient_linked_to_a_team_in_an_enabled_region_is_in_the_pilot_with_its_enabled_authorities() =>
        Assert.That(_policy.Evaluate(People.Facts([People.Self]), Audience.Patient).Value, Is.EqualTo(new[] { Places.Hammersmith, Places.Ealing }));

    [Test]
    public void Enabled_authority_in_a_region_that_is_off_does_not_make_a_pilot() =>
        Assert.That(_policy.Evaluate(People.Facts([People.Self], Places.SouthEast), Audience.Patient).IsFailed, Is.True);

    [Test]
    public void Enabled_region_without_an_enabled_authority_does_not_make_a_pilot()
    {
        _registry.EnabledAuthorities.Returns([Places.Surrey]);

        Assert.That(_policy.Evaluate(People.Facts([People.Self]), Audience.Patient).IsFailed, Is.True);
    }

    [Test]
    public void Patient_with_no_team_is_not_in_the_pilot()
    {
        var facts = new PatientFacts([People.Self], [], People.ValidNhsNumber);

        Assert.That(_policy.Evaluate(facts, Audience.Patient).Errors.Single(), Is.InstanceOf<NotInPilotError>());
    }

    [TestCase(Audience.Patient)]
    [TestCase(Audience.Other)]
    public void Not_in_pilot_is_worded_for_the_viewer(Audience audience) =>
        Assert.That(((SocialCareError)_policy.Evaluate(People.Facts([People.Self], "elsewhere"), audience).Errors.Single()).Audience, Is.EqualTo(audience));
}

using SocialCare.Application.Policies;
using SocialCare.Application.Tests.TestSupport;

namespace SocialCare.Application.Tests.Policies;

public class AuthoritySelectionPolicyTests
{
    private static readonly Domain.Authorities.LocalAuthority[] InPilot = [Places.Hammersmith, Places.Ealing];

    [Test]
    public void Host_that_does_not_know_the_patients_authorities_gets_every_authority_of_the_pilot() =>
        Assert.That(AuthoritySelectionPolicy.AuthoritiesToAsk(InPilot, People.Facts([People.Self])), Is.EqualTo(InPilot));

    [Test]
    public void Host_that_names_the_patients_authorities_gets_only_those_in_the_pilot() =>
        Assert.That(
            AuthoritySelectionPolicy.AuthoritiesToAsk(InPilot, People.Facts([People.Self], ownAuthorities: ["E09000009", "E08000003"])),
            Is.EqualTo(new[] { Places.Ealing }));

    [Test]
    public void Host_that_names_no_authority_gets_none() =>
        Assert.That(AuthoritySelectionPolicy.AuthoritiesToAsk(InPilot, People.Facts([People.Self], ownAuthorities: [])), Is.Empty);
}

using SocialCare.Application.Abstractions;
using SocialCare.Application.Tests.TestSupport;

namespace SocialCare.Application.Tests.Viewing.GetSocialCare;

/// <summary>Spec §1 step 7 and ADR 0003: only the right authorities are sent the NHS number.</summary>
public class DataMinimisationTests : SocialCareHarnessFixture
{
    [Test]
    public async Task Without_own_authorities_every_enabled_authority_of_the_patients_enabled_regions_is_asked()
    {
        Harness.Knows(People.Facts([People.Self]));

        await Harness.ViewAsync();

        Assert.That(Harness.AuthoritiesAsked(), Is.EquivalentTo(new[] { Places.Hammersmith.Code.Value, Places.Ealing.Code.Value }));
    }

    [Test]
    public async Task With_own_authorities_only_those_are_asked()
    {
        Harness.Knows(People.Facts([People.Self], ownAuthorities: [Places.Ealing.Code.Value]));

        await Harness.ViewAsync();

        Assert.That(Harness.AuthoritiesAsked(), Is.EqualTo(new[] { Places.Ealing.Code.Value }));
    }

    [Test]
    public async Task Own_authority_that_is_switched_off_is_not_asked()
    {
        Harness.Knows(People.Facts([People.Self], ownAuthorities: [Places.Brent.Code.Value, Places.Ealing.Code.Value]));

        await Harness.ViewAsync();

        Assert.That(Harness.AuthoritiesAsked(), Is.EqualTo(new[] { Places.Ealing.Code.Value }));
    }

    [Test]
    public async Task Own_authority_outside_the_patients_regions_is_not_asked()
    {
        Harness.Knows(People.Facts([People.Self], ownAuthorities: [Places.Manchester.Code.Value, Places.Hammersmith.Code.Value]));

        await Harness.ViewAsync();

        Assert.That(Harness.AuthoritiesAsked(), Is.EqualTo(new[] { Places.Hammersmith.Code.Value }));
    }

    [Test]
    public async Task Switched_off_authority_and_authority_of_a_switched_off_region_are_never_asked()
    {
        Harness.Knows(new PatientFacts(
            [People.Self],
            [new PatientTeam("t1", Places.NorthWestLondon), new PatientTeam("t2", Places.SouthEast), new PatientTeam("t3", Places.GreaterManchester)],
            People.ValidNhsNumber));

        await Harness.ViewAsync();

        Assert.That(
            Harness.AuthoritiesAsked(),
            Is.EquivalentTo(new[] { Places.Hammersmith.Code.Value, Places.Ealing.Code.Value, Places.Manchester.Code.Value }));
    }

    [Test]
    public async Task Own_authority_codes_from_the_host_match_ignoring_case()
    {
        Harness.Knows(People.Facts([People.Self], ownAuthorities: ["e09000009"]));

        await Harness.ViewAsync();

        Assert.That(Harness.AuthoritiesAsked(), Is.EqualTo(new[] { Places.Ealing.Code.Value }));
    }

    [Test]
    public async Task Region_ids_from_the_directory_match_configuration_ignoring_case()
    {
        Harness.Knows(People.Facts([People.Self], region: "North-West-London"));

        await Harness.ViewAsync();

        Assert.That(Harness.AuthoritiesAsked(), Has.Count.EqualTo(2));
    }
}

using NSubstitute;
using NSubstitute.ExceptionExtensions;
using SocialCare.Application.Viewing.GetSocialCareTab;
using SocialCare.Application.Tests.TestSupport;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Tests.Viewing.GetSocialCareTab;

/// <summary>The tab runs spec §1 steps 3–5 only, and never asks Mosaic.</summary>
public class GetSocialCareTabQueryHandlerTests : SocialCareHarnessFixture
{
    [TestCase("self", Places.NorthWestLondon, true, null)]
    [TestCase("carer-with-label", Places.NorthWestLondon, true, null)]
    [TestCase("team-professional", Places.NorthWestLondon, true, null)]
    [TestCase("individual-professional", Places.NorthWestLondon, true, null)]
    [TestCase("self", Places.SouthEast, false, "social-care.not-in-pilot")]
    [TestCase("carer-with-label", Places.SouthEast, false, "social-care.not-in-pilot")]
    [TestCase("carer-without-label", Places.NorthWestLondon, false, "social-care.access-denied")]
    [TestCase("carer-without-label", Places.SouthEast, false, "social-care.access-denied")]
    [TestCase("no-grant", Places.NorthWestLondon, false, "social-care.access-denied")]
    [TestCase("no-grant", Places.SouthEast, false, "social-care.access-denied")]
    public async Task Tab_shows_or_says_why_not(string viewer, string region, bool visible, string? reason)
    {
        Harness.Knows(People.Facts(Grants(viewer), region));

        var tab = (await Harness.TabAsync()).Value;

        Assert.That(tab, Is.EqualTo(new SocialCareTab(visible, reason)));
        Harness.DidNotAskAnyMosaic();
    }

    [Test]
    public async Task Unknown_patient_hides_the_tab_exactly_as_no_access_does()
    {
        Harness.Knows(null);

        Assert.That((await Harness.TabAsync()).Value, Is.EqualTo(SocialCareTab.HiddenBecause("social-care.access-denied")));
    }

    [TestCase(null)]
    [TestCase(People.InvalidNhsNumber)]
    public async Task Tab_shows_whatever_the_nhs_number_because_the_page_explains_it(string? nhsNumber)
    {
        Harness.Knows(People.Facts([People.Self], nhsNumber: nhsNumber));

        Assert.That((await Harness.TabAsync()).Value, Is.EqualTo(SocialCareTab.Shown));
    }

    [Test]
    public async Task Directory_failure_is_unavailable_not_a_hidden_tab()
    {
        Harness.Directory.FindAsync(default!, default!, default).ThrowsAsyncForAnyArgs(new TimeoutException());

        Assert.That(Outcome.CodeOf(await Harness.TabAsync()), Is.EqualTo("social-care.unavailable"));
    }

    private static Grant[] Grants(string viewer) => viewer switch
    {
        "self" => [People.Self],
        "carer-with-label" => [People.Carer()],
        "carer-without-label" => [People.Carer(label: false)],
        "team-professional" => [People.TeamProfessional()],
        "individual-professional" => [People.IndividualProfessional()],
        _ => [],
    };
}

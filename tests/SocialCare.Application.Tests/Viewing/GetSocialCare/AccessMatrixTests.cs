using FluentResults;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Application.Tests.TestSupport;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Tests.Viewing.GetSocialCare;

/// <summary>
/// Spec §1 steps 4–6 as a table: every relationship × label held or not × in or out of the pilot × NHS number
/// present, absent or invalid, and the exact code each gives. The rows are written out, not computed, so that a
/// change to the rules shows up here as a changed row. Each answer is also worded for the right audience.
/// </summary>
public class AccessMatrixTests : SocialCareHarnessFixture
{
    private const string Shown = "social-care.shown";
    private const string AccessDenied = "social-care.access-denied";
    private const string NotInPilot = "social-care.not-in-pilot";
    private const string NoNhsNumber = "social-care.no-nhs-number";
    private const string InvalidNhsNumber = "social-care.invalid-nhs-number";

    public enum Relationship
    {
        Self,
        Carer,
        TeamProfessional,
        IndividualProfessional,
        SeveralGrants,
        SelfAmongOthers,
        NoGrant,
    }

    public enum Label
    {
        Held,
        NotHeld,
    }

    public enum Pilot
    {
        In,
        Out,
    }

    public enum Nhs
    {
        Present,
        Absent,
        Invalid,
    }

    [SetUp]
    public void HammersmithHasTheRecord() => Harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith));

    [TestCase(Relationship.Self, Label.Held, Pilot.In, Nhs.Present, Shown)]
    [TestCase(Relationship.Self, Label.Held, Pilot.In, Nhs.Absent, NoNhsNumber)]
    [TestCase(Relationship.Self, Label.Held, Pilot.In, Nhs.Invalid, InvalidNhsNumber)]
    [TestCase(Relationship.Self, Label.Held, Pilot.Out, Nhs.Present, NotInPilot)]
    [TestCase(Relationship.Self, Label.Held, Pilot.Out, Nhs.Absent, NotInPilot)]
    [TestCase(Relationship.Self, Label.Held, Pilot.Out, Nhs.Invalid, NotInPilot)]
    [TestCase(Relationship.Self, Label.NotHeld, Pilot.In, Nhs.Present, Shown)]
    [TestCase(Relationship.Self, Label.NotHeld, Pilot.In, Nhs.Absent, NoNhsNumber)]
    [TestCase(Relationship.Self, Label.NotHeld, Pilot.In, Nhs.Invalid, InvalidNhsNumber)]
    [TestCase(Relationship.Self, Label.NotHeld, Pilot.Out, Nhs.Present, NotInPilot)]
    [TestCase(Relationship.Self, Label.NotHeld, Pilot.Out, Nhs.Absent, NotInPilot)]
    [TestCase(Relationship.Self, Label.NotHeld, Pilot.Out, Nhs.Invalid, NotInPilot)]
    [TestCase(Relationship.Carer, Label.Held, Pilot.In, Nhs.Present, Shown)]
    [TestCase(Relationship.Carer, Label.Held, Pilot.In, Nhs.Absent, NoNhsNumber)]
    [TestCase(Relationship.Carer, Label.Held, Pilot.In, Nhs.Invalid, InvalidNhsNumber)]
    [TestCase(Relationship.Carer, Label.Held, Pilot.Out, Nhs.Present, NotInPilot)]
    [TestCase(Relationship.Carer, Label.Held, Pilot.Out, Nhs.Absent, NotInPilot)]
    [TestCase(Relationship.Carer, Label.Held, Pilot.Out, Nhs.Invalid, NotInPilot)]
    [TestCase(Relationship.Carer, Label.NotHeld, Pilot.In, Nhs.Present, AccessDenied)]
    [TestCase(Relationship.Carer, Label.NotHeld, Pilot.In, Nhs.Absent, AccessDenied)]
    [TestCase(Relationship.Carer, Label.NotHeld, Pilot.In, Nhs.Invalid, AccessDenied)]
    [TestCase(Relationship.Carer, Label.NotHeld, Pilot.Out, Nhs.Present, AccessDenied)]
    [TestCase(Relationship.Carer, Label.NotHeld, Pilot.Out, Nhs.Absent, AccessDenied)]
    [TestCase(Relationship.Carer, Label.NotHeld, Pilot.Out, Nhs.Invalid, AccessDenied)]
    [TestCase(Relationship.TeamProfessional, Label.Held, Pilot.In, Nhs.Present, Shown)]
    [TestCase(Relationship.TeamProfessional, Label.Held, Pilot.In, Nhs.Absent, NoNhsNumber)]
    [TestCase(Relationship.TeamProfessional, Label.Held, Pilot.In, Nhs.Invalid, InvalidNhsNumber)]
    [TestCase(Relationship.TeamProfessional, Label.Held, Pilot.Out, Nhs.Present, NotInPilot)]
    [TestCase(Relationship.TeamProfessional, Label.Held, Pilot.Out, Nhs.Absent, NotInPilot)]
    [TestCase(Relationship.TeamProfessional, Label.Held, Pilot.Out, Nhs.Invalid, NotInPilot)]
    [TestCase(Relationship.TeamProfessional, Label.NotHeld, Pilot.In, Nhs.Present, AccessDenied)]
    [TestCase(Relationship.TeamProfessional, Label.NotHeld, Pilot.In, Nhs.Absent, AccessDenied)]
    [TestCase(Relationship.TeamProfessional, Label.NotHeld, Pilot.In, Nhs.Invalid, AccessDenied)]
    [TestCase(Relationship.TeamProfessional, Label.NotHeld, Pilot.Out, Nhs.Present, AccessDenied)]
    [TestCase(Relationship.TeamProfessional, Label.NotHeld, Pilot.Out, Nhs.Absent, AccessDenied)]
    [TestCase(Relationship.TeamProfessional, Label.NotHeld, Pilot.Out, Nhs.Invalid, AccessDenied)]
    [TestCase(Relationship.IndividualProfessional, Label.Held, Pilot.In, Nhs.Present, Shown)]
    [TestCase(Relationship.IndividualProfessional, Label.Held, Pilot.In, Nhs.Absent, NoNhsNumber)]
    [TestCase(Relationship.IndividualProfessional, Label.Held, Pilot.In, Nhs.Invalid, InvalidNhsNumber)]
    [TestCase(Relationship.IndividualProfessional, Label.Held, Pilot.Out, Nhs.Present, NotInPilot)]
    [TestCase(Relationship.IndividualProfessional, Label.Held, Pilot.Out, Nhs.Absent, NotInPilot)]
    [TestCase(Relationship.IndividualProfessional, Label.Held, Pilot.Out, Nhs.Invalid, NotInPilot)]
    [TestCase(Relationship.IndividualProfessional, Label.NotHeld, Pilot.In, Nhs.Present, AccessDenied)]
    [TestCase(Relationship.IndividualProfessional, Label.NotHeld, Pilot.In, Nhs.Absent, AccessDenied)]
    [TestCase(Relationship.IndividualProfessional, Label.NotHeld, Pilot.In, Nhs.Invalid, AccessDenied)]
    [TestCase(Relationship.IndividualProfessional, Label.NotHeld, Pilot.Out, Nhs.Present, AccessDenied)]
    [TestCase(Relationship.IndividualProfessional, Label.NotHeld, Pilot.Out, Nhs.Absent, AccessDenied)]
    [TestCase(Relationship.IndividualProfessional, Label.NotHeld, Pilot.Out, Nhs.Invalid, AccessDenied)]
    [TestCase(Relationship.SeveralGrants, Label.Held, Pilot.In, Nhs.Present, Shown)]
    [TestCase(Relationship.SeveralGrants, Label.Held, Pilot.In, Nhs.Absent, NoNhsNumber)]
    [TestCase(Relationship.SeveralGrants, Label.Held, Pilot.In, Nhs.Invalid, InvalidNhsNumber)]
    [TestCase(Relationship.SeveralGrants, Label.Held, Pilot.Out, Nhs.Present, NotInPilot)]
    [TestCase(Relationship.SeveralGrants, Label.Held, Pilot.Out, Nhs.Absent, NotInPilot)]
    [TestCase(Relationship.SeveralGrants, Label.Held, Pilot.Out, Nhs.Invalid, NotInPilot)]
    [TestCase(Relationship.SeveralGrants, Label.NotHeld, Pilot.In, Nhs.Present, AccessDenied)]
    [TestCase(Relationship.SeveralGrants, Label.NotHeld, Pilot.In, Nhs.Absent, AccessDenied)]
    [TestCase(Relationship.SeveralGrants, Label.NotHeld, Pilot.In, Nhs.Invalid, AccessDenied)]
    [TestCase(Relationship.SeveralGrants, Label.NotHeld, Pilot.Out, Nhs.Present, AccessDenied)]
    [TestCase(Relationship.SeveralGrants, Label.NotHeld, Pilot.Out, Nhs.Absent, AccessDenied)]
    [TestCase(Relationship.SeveralGrants, Label.NotHeld, Pilot.Out, Nhs.Invalid, AccessDenied)]
    [TestCase(Relationship.SelfAmongOthers, Label.Held, Pilot.In, Nhs.Present, Shown)]
    [TestCase(Relationship.SelfAmongOthers, Label.Held, Pilot.In, Nhs.Absent, NoNhsNumber)]
    [TestCase(Relationship.SelfAmongOthers, Label.Held, Pilot.In, Nhs.Invalid, InvalidNhsNumber)]
    [TestCase(Relationship.SelfAmongOthers, Label.Held, Pilot.Out, Nhs.Present, NotInPilot)]
    [TestCase(Relationship.SelfAmongOthers, Label.Held, Pilot.Out, Nhs.Absent, NotInPilot)]
    [TestCase(Relationship.SelfAmongOthers, Label.Held, Pilot.Out, Nhs.Invalid, NotInPilot)]
    [TestCase(Relationship.SelfAmongOthers, Label.NotHeld, Pilot.In, Nhs.Present, Shown)]
    [TestCase(Relationship.SelfAmongOthers, Label.NotHeld, Pilot.In, Nhs.Absent, NoNhsNumber)]
    [TestCase(Relationship.SelfAmongOthers, Label.NotHeld, Pilot.In, Nhs.Invalid, InvalidNhsNumber)]
    [TestCase(Relationship.SelfAmongOthers, Label.NotHeld, Pilot.Out, Nhs.Present, NotInPilot)]
    [TestCase(Relationship.SelfAmongOthers, Label.NotHeld, Pilot.Out, Nhs.Absent, NotInPilot)]
    [TestCase(Relationship.SelfAmongOthers, Label.NotHeld, Pilot.Out, Nhs.Invalid, NotInPilot)]
    [TestCase(Relationship.NoGrant, Label.Held, Pilot.In, Nhs.Present, AccessDenied)]
    [TestCase(Relationship.NoGrant, Label.Held, Pilot.In, Nhs.Absent, AccessDenied)]
    [TestCase(Relationship.NoGrant, Label.Held, Pilot.In, Nhs.Invalid, AccessDenied)]
    [TestCase(Relationship.NoGrant, Label.Held, Pilot.Out, Nhs.Present, AccessDenied)]
    [TestCase(Relationship.NoGrant, Label.Held, Pilot.Out, Nhs.Absent, AccessDenied)]
    [TestCase(Relationship.NoGrant, Label.Held, Pilot.Out, Nhs.Invalid, AccessDenied)]
    [TestCase(Relationship.NoGrant, Label.NotHeld, Pilot.In, Nhs.Present, AccessDenied)]
    [TestCase(Relationship.NoGrant, Label.NotHeld, Pilot.In, Nhs.Absent, AccessDenied)]
    [TestCase(Relationship.NoGrant, Label.NotHeld, Pilot.In, Nhs.Invalid, AccessDenied)]
    [TestCase(Relationship.NoGrant, Label.NotHeld, Pilot.Out, Nhs.Present, AccessDenied)]
    [TestCase(Relationship.NoGrant, Label.NotHeld, Pilot.Out, Nhs.Absent, AccessDenied)]
    [TestCase(Relationship.NoGrant, Label.NotHeld, Pilot.Out, Nhs.Invalid, AccessDenied)]
    public async Task Decision_follows_the_table(Relationship relationship, Label label, Pilot pilot, Nhs nhs, string expected)
    {
        Harness.Knows(People.Facts(
            Grants(relationship, label == Label.Held),
            region: pilot == Pilot.In ? Places.NorthWestLondon : Places.SouthEast,
            nhsNumber: nhs switch
            {
                Nhs.Present => People.ValidNhsNumber,
                Nhs.Absent => null,
                _ => People.InvalidNhsNumber,
            }));

        var result = await Harness.ViewAsync();

        Assert.That(Outcome.CodeOf(result), Is.EqualTo(expected));
        Assert.That(AudienceOf(result), Is.EqualTo(
            expected != AccessDenied && relationship is Relationship.Self or Relationship.SelfAmongOthers ? Audience.Patient : Audience.Other));
        if (expected == Shown)
        {
            Assert.That(Harness.AuthoritiesAsked(), Is.EquivalentTo(new[] { Places.Hammersmith.Code.Value, Places.Ealing.Code.Value }));
        }
        else
        {
            Harness.DidNotAskAnyMosaic();
        }
    }

    private static Audience AudienceOf(Result<SocialCareView> result) =>
        result.IsSuccess ? result.Value.Audience : Outcome.ErrorOf(result).Audience;

    private static Grant[] Grants(Relationship relationship, bool label) => relationship switch
    {
        Relationship.Self => [new Grant(ViewerRelationship.Self, label ? [PrivacyLabel.SocialCare] : [])],
        Relationship.Carer => [People.Carer(label)],
        Relationship.TeamProfessional => [People.TeamProfessional(label)],
        Relationship.IndividualProfessional => [People.IndividualProfessional(label)],
        Relationship.SeveralGrants => [People.Carer(label: false), People.IndividualProfessional(label), People.TeamProfessional(label: false)],
        Relationship.SelfAmongOthers => [People.TeamProfessional(label), People.Self, People.Carer(label: false)],
        _ => [],
    };
}

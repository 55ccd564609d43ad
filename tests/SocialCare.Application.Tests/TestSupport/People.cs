using SocialCare.Application.Abstractions;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Tests.TestSupport;

/// <summary>Who asks about whom, and the directory's facts about them.</summary>
internal static class People
{
    public const string ValidNhsNumber = "9434765919";
    public const string FormattedNhsNumber = "943 476 5919";
    public const string InvalidNhsNumber = "9434765918";

    public static readonly PatientId Patient = PatientId.Create("patient-0042").Value;
    public static readonly ViewerId Viewer = ViewerId.Create("viewer-0117").Value;

    public static Grant Self => new(ViewerRelationship.Self, []);

    public static Grant Carer(bool label = true) => With(ViewerRelationship.Carer, label);

    public static Grant TeamProfessional(bool label = true) => With(ViewerRelationship.TeamProfessional, label);

    public static Grant IndividualProfessional(bool label = true) => With(ViewerRelationship.IndividualProfessional, label);

    public static PatientFacts Facts(
        IReadOnlyList<Grant> grants,
        string region = Places.NorthWestLondon,
        string? nhsNumber = ValidNhsNumber,
        IReadOnlyList<string>? ownAuthorities = null) =>
        new(grants, [new PatientTeam("team-1", region)], nhsNumber, ownAuthorities);

    private static Grant With(ViewerRelationship relationship, bool label) =>
        new(relationship, label ? [PrivacyLabel.SocialCare] : [new PrivacyLabel("GP_RECORD")]);
}

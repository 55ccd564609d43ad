using SocialCare.Domain.Viewers;

namespace SocialCare.Host.Demo;

/// <summary>
/// Spec §6's demo viewers other than the patients themselves; each is related to every demo patient as the name
/// says. Every demo patient's id is also that patient's own viewer.
/// </summary>
internal static class DemoPersonas
{
    private static readonly PrivacyLabel[] SocialCareLabel = [PrivacyLabel.SocialCare];

    public static IReadOnlyList<DemoPersona> All { get; } =
    [
        new("demo-carer-with-label", "Carer who holds the Social care label", new(ViewerRelationship.Carer, SocialCareLabel)),
        new("demo-carer-without-label", "Carer without the Social care label", new(ViewerRelationship.Carer, [])),
        new("demo-team-professional", "Professional in the patient's team, which holds the label", new(ViewerRelationship.TeamProfessional, SocialCareLabel)),
        new("demo-individual-professional", "Individual professional who holds the label", new(ViewerRelationship.IndividualProfessional, SocialCareLabel)),
        new("demo-professional-without-label", "Professional who holds other labels but not Social care", new(ViewerRelationship.IndividualProfessional, [new PrivacyLabel("MEDICATIONS")])),
        new("demo-unrelated", "Someone with no relationship to the patient", null),
    ];

    public static DemoPersona? Find(string viewerId) =>
        All.FirstOrDefault(p => string.Equals(p.Id, viewerId, StringComparison.Ordinal));
}

namespace SocialCare.Domain.Viewers;

/// <summary>
/// How a viewer stands to a patient in PKB. <see cref="Unknown"/> is the default, so a relationship the host did
/// not map, or a value outside this set, grants nothing.
/// </summary>
public enum ViewerRelationship
{
    Unknown = 0,
    Self,
    Carer,
    TeamProfessional,
    IndividualProfessional,
}

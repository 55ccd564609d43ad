namespace SocialCare.Domain.Viewers;

/// <summary>
/// How a viewer stands to a patient in PKB. <see cref="Unknown"/> is the default, so a relationship the host did
/// not map, or a value outside this set, grants nothing.
/// </summary>
public enum ViewerRelationship
{
    /// <summary>Not mapped by the host: grants nothing.</summary>
    Unknown = 0,
    /// <summary>The patient themself.</summary>
    Self,
    /// <summary>A carer the patient has given access to their record.</summary>
    Carer,
    /// <summary>A professional in a team the patient is linked to.</summary>
    TeamProfessional,
    /// <summary>A professional the patient has given access to individually.</summary>
    IndividualProfessional,
}

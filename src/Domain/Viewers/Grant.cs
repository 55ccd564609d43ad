namespace SocialCare.Domain.Viewers;

/// <summary>One way a viewer is related to a patient, and the privacy labels that relationship holds.</summary>
public sealed record Grant(ViewerRelationship Relationship, IReadOnlyCollection<PrivacyLabel> Labels)
{
    /// <summary>Whether this relationship holds <paramref name="label"/>.</summary>
    public bool Holds(PrivacyLabel label) => Labels.Contains(label);
}

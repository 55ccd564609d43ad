namespace SocialCare.Domain.Viewers;

/// <summary>A PKB privacy label, compared exactly (ordinal), such as <see cref="SocialCare"/>.</summary>
public sealed record PrivacyLabel(string Name)
{
    /// <summary>The label a carer or professional must hold to see a patient's social care record.</summary>
    public static readonly PrivacyLabel SocialCare = new("SOCIAL_CARE");

    /// <summary>The label's name, such as <c>SOCIAL_CARE</c>.</summary>
    public override string ToString() => Name;
}

namespace SocialCare.Baseline;

/// <summary>One entry of the person lookup.</summary>
public sealed class BaselinePerson
{
    public string? PersonId { get; set; }

    public string? CaseStatus { get; set; }

    public string? ConsentToShareWithThirdParties { get; set; }
}

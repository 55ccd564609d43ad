namespace SocialCare.Baseline;

/// <summary>An assessment as sent, without its form (skipped, as the library skips it).</summary>
public sealed class BaselineAssessment
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Status { get; set; }

    public string? CompletedDate { get; set; }
}

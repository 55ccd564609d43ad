namespace SocialCare.Baseline;

/// <summary>A communication need as sent.</summary>
public sealed class BaselineCommunicationNeed
{
    public string? Id { get; set; }

    public string? Category { get; set; }

    public string? Description { get; set; }

    public string? RecordedDate { get; set; }

    public string? EndDate { get; set; }
}

namespace SocialCare.Baseline;

/// <summary>A case note as sent, without its title and text (skipped, as the library skips them).</summary>
public sealed class BaselineCaseNote
{
    public string? Id { get; set; }

    public string? Type { get; set; }

    public string? Status { get; set; }

    public string? CompletedDate { get; set; }

    public string? EffectiveDate { get; set; }
}

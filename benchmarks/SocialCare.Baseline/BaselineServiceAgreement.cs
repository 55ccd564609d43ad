namespace SocialCare.Baseline;

/// <summary>A service agreement as sent.</summary>
public sealed class BaselineServiceAgreement
{
    public string? Id { get; set; }

    public string? Status { get; set; }

    public string? Service { get; set; }

    public string? Supplier { get; set; }

    public string? Frequency { get; set; }

    public string? StartDate { get; set; }

    public string? EndDate { get; set; }
}

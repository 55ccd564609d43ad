namespace SocialCare.Baseline;

/// <summary>A worker relationship as sent; dates stay strings (no parsing is the floor).</summary>
public sealed class BaselineWorkerRelationship
{
    public string? Id { get; set; }

    public string? Type { get; set; }

    public string? WorkerName { get; set; }

    public string? Team { get; set; }

    public string? Telephone { get; set; }

    public string? StartDate { get; set; }

    public string? EndDate { get; set; }
}

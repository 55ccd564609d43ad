namespace SocialCare.Mosaic.Conformance;

/// <summary>A worker relationship to serve. <paramref name="EndDate"/> is the last day of the relationship.</summary>
public sealed record ConformanceWorkerRelationship(
    string Id,
    ConformanceWorkerRelationshipType Type,
    string WorkerName,
    string? Team,
    string? Telephone,
    DateOnly StartDate,
    DateOnly? EndDate);

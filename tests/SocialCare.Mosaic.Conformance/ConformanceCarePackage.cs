namespace SocialCare.Mosaic.Conformance;

/// <summary>A care package (service agreement) to serve.</summary>
public sealed record ConformanceCarePackage(
    string Id,
    ConformanceCarePackageStatus Status,
    DateOnly StartDate,
    DateOnly? EndDate,
    string? Supplier,
    ConformanceFrequency? Frequency,
    string? Service);

namespace SocialCare.Domain.Records;

/// <summary>A care package (a service agreement in Mosaic) that is active or has ended.</summary>
public sealed record CarePackage(DateOnly StartDate, DateOnly? EndDate, string? Supplier, string? Frequency, string? Service);

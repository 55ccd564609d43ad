namespace SocialCare.Api.Contracts;

public sealed record CarePackageResponse(DateOnly StartDate, DateOnly? EndDate, string? Supplier, string? Frequency, string? Service);

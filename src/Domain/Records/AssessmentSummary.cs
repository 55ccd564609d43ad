namespace SocialCare.Domain.Records;

/// <summary>
/// That a completed assessment exists, and when it was completed. There is deliberately no field for the
/// assessment's contents: what cannot be held cannot be shown.
/// </summary>
public sealed record AssessmentSummary(string Name, DateOnly CompletedOn);

namespace SocialCare.Api.Contracts;

/// <summary>That a completed assessment exists; never its contents.</summary>
public sealed record AssessmentResponse(string Name, DateOnly CompletedOn);

namespace SocialCare.Infrastructure.Mosaic.Dialects.DataLinks.Wire;

/// <summary>No member for <c>answers</c>: the contents are skipped, so they cannot be shown or logged.</summary>
internal sealed record AssessmentDto(string? Id, string? Title, string? Stage, string? CompletedAt);

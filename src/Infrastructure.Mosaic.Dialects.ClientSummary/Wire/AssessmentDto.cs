namespace SocialCare.Infrastructure.Mosaic.Dialects.ClientSummary.Wire;

/// <summary>No member for <c>form_answers</c>: the reader skips the contents, so they cannot be shown or logged.</summary>
internal sealed record AssessmentDto(string? AsmtId, string? AsmtName, string? AsmtStatus, string? CompletedAt);

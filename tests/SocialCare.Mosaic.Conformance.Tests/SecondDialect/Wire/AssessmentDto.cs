namespace SocialCare.Mosaic.Conformance.Tests.SecondDialect.Wire;

/// <summary>No member for <c>form_answers</c>: the reader skips the contents, so they cannot be shown or logged.</summary>
internal sealed record AssessmentDto(string? AsmtId, string? AsmtName, string? AsmtStatus, string? CompletedAt);

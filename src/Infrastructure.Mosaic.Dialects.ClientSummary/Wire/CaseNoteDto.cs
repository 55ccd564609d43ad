namespace SocialCare.Infrastructure.Mosaic.Dialects.ClientSummary.Wire;

/// <summary>No member for <c>note_title</c> or <c>note_body</c>: the reader skips them.</summary>
internal sealed record CaseNoteDto(string? NoteId, string? NoteStatus, string? CompletedAt, string? EffectiveAt);

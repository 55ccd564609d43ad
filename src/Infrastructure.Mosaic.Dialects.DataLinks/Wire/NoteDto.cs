namespace SocialCare.Infrastructure.Mosaic.Dialects.DataLinks.Wire;

/// <summary>No member for <c>subject</c> or <c>body</c>: a note's title and text are skipped.</summary>
internal sealed record NoteDto(string? Id, string? State, string? CompletedAt, string? EffectiveAt);

namespace SocialCare.Api.Contracts;

/// <summary>That a complete case note exists; never its title or text.</summary>
public sealed record CaseNoteResponse(DateOnly CompletedOn, DateOnly EffectiveFrom);

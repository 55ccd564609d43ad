namespace SocialCare.Domain.Records;

/// <summary>
/// That a complete case note exists: when it was completed and the date it is effective from. There is
/// deliberately no field for the note's title or text.
/// </summary>
public sealed record CaseNoteMeta(DateOnly CompletedOn, DateOnly EffectiveFrom);

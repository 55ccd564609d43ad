namespace SocialCare.Api.Contracts;

/// <summary>
/// One attempt in the access history, in the words the patient reads (docs/user-messages.md, "The access history"):
/// no codes.
/// </summary>
/// <param name="Id">The audit entry's own id: the one to quote to support.</param>
/// <param name="At">When the attempt was made (UTC).</param>
/// <param name="Who">"You", the host's name for the viewer, or words for how they stand to the patient ("A carer").</param>
/// <param name="Relationship">Every way the viewer stood to the patient then, as one phrase ("Your carer").</param>
/// <param name="Place">Where they looked ("The Social care page").</param>
/// <param name="Shown">Whether they were shown information.</param>
/// <param name="Outcome"><paramref name="Shown"/> in words ("Information was shown", "Nothing was shown").</param>
public sealed record AccessHistoryItemResponse(
    Guid Id,
    DateTimeOffset At,
    string Who,
    string Relationship,
    string Place,
    bool Shown,
    string Outcome);

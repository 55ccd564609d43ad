namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>
/// A case note. Mosaic may send its title and text; there is deliberately no member for them, so the reader skips
/// them and they never exist as strings in this process. Its type is never shown but is read, so that a type of the
/// wrong JSON type makes the item unreadable as the contract says (the conformance kit checks it).
/// </summary>
internal sealed class CaseNoteDto
{
    public string? Id { get; init; }

    public string? Type { get; init; }

    public CaseNoteStatus? Status { get; init; }

    public DateOnly? CompletedDate { get; init; }

    public DateOnly? EffectiveDate { get; init; }
}

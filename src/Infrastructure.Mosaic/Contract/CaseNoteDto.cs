namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>
/// A case note. Mosaic may send its title and text; there is deliberately no member for them, so the reader skips
/// them and they never exist as strings in this process. Nor for its type, which is never shown: 5,000 strings read
/// for nothing in a large record (P4 in docs/performance.md).
/// </summary>
internal sealed class CaseNoteDto
{
    public string? Id { get; init; }

    public CaseNoteStatus? Status { get; init; }

    public DateOnly? CompletedDate { get; init; }

    public DateOnly? EffectiveDate { get; init; }
}

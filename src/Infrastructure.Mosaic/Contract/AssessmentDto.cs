namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>
/// An assessment workflow step. Mosaic may send the form's contents (<c>form</c>); there is deliberately no member
/// for them, so the reader skips them and they never exist as strings in this process.
/// </summary>
internal sealed class AssessmentDto
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public AssessmentStatus? Status { get; init; }

    public DateOnly? CompletedDate { get; init; }
}

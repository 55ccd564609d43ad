namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>
/// A worker relationship. <see cref="Type"/> is an open set in Mosaic (occupational therapist, …); only three types
/// are shown, so an unknown type is not an error.
/// </summary>
internal sealed class WorkerRelationshipDto
{
    public string? Id { get; init; }

    public string? Type { get; init; }

    public string? WorkerName { get; init; }

    public string? Team { get; init; }

    public string? Telephone { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }
}

namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>A communication need under the Accessible Information Standard.</summary>
internal sealed class CommunicationNeedDto
{
    public string? Id { get; init; }

    public CommunicationCategory? Category { get; init; }

    public string? Description { get; init; }

    public DateOnly? RecordedDate { get; init; }

    public DateOnly? EndDate { get; init; }
}

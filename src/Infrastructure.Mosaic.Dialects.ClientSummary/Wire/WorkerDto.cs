namespace SocialCare.Infrastructure.Mosaic.Dialects.ClientSummary.Wire;

internal sealed record WorkerDto(string? RelId, string? RelType, string? WorkerName, string? TeamName, string? Phone, string? From, string? To);

namespace SocialCare.Infrastructure.Mosaic.Dialects.DataLinks.Wire;

internal sealed record WorkerDto(string? Id, string? Role, string? Name, string? Team, string? Phone, string? From, string? Until);

namespace SocialCare.Infrastructure.Mosaic.Dialects.DataLinks.Wire;

internal sealed record NeedDto(string? Id, string? Kind, string? Description, string? RecordedAt, string? Until);

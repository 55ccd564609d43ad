namespace SocialCare.Infrastructure.Mosaic.Dialects.ClientSummary.Wire;

internal sealed record PackageDto(string? PkgId, string? PkgStatus, string? ServiceName, string? Provider, string? Freq, string? From, string? To);

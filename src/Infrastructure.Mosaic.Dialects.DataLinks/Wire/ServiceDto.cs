namespace SocialCare.Infrastructure.Mosaic.Dialects.DataLinks.Wire;

internal sealed record ServiceDto(string? Id, string? State, string? Service, string? Provider, FrequencyDto? Frequency, string? From, string? Until);

namespace SocialCare.Infrastructure.Mosaic.Dialects.DataLinks.Wire;

/// <summary>How often: <c>{"count": 3, "per": "week"}</c>.</summary>
internal sealed record FrequencyDto(int? Count, string? Per);

namespace SocialCare.Infrastructure.Mosaic.Dialects.ClientSummary.Wire;

internal sealed record CommNeedDto(string? NeedId, string? NeedCategory, string? NeedText, string? RecordedOn, string? EndsOn);

namespace SocialCare.Mosaic.Conformance.Tests.SecondDialect.Wire;

internal sealed record CommNeedDto(string? NeedId, string? NeedCategory, string? NeedText, string? RecordedOn, string? EndsOn);

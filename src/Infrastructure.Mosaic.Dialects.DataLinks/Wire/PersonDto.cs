namespace SocialCare.Infrastructure.Mosaic.Dialects.DataLinks.Wire;

/// <summary>One person found; <c>sharing</c> is <c>granted</c> when they consent to sharing with third parties.</summary>
internal sealed record PersonDto(string? Id, string? Sharing);

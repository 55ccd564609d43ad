namespace SocialCare.Infrastructure.Mosaic.Dialects.ClientSummary.Wire;

/// <summary>One client found; <c>share_consent</c> is <c>Y</c> when the client consents to sharing.</summary>
internal sealed record ClientDto(string? ClientRef, string? ShareConsent);

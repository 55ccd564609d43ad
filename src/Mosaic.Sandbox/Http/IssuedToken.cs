namespace SocialCare.Mosaic.Sandbox.Http;

/// <summary>A token's authority, its place in the sandbox's sequence (for expiry faults) and its end.</summary>
internal sealed record IssuedToken(string Authority, long Issued, DateTimeOffset ExpiresAt);

namespace SocialCare.Domain.Authorities;

/// <summary>A council that runs Mosaic, and the region it belongs to.</summary>
public sealed record LocalAuthority(GssCode Code, string Name, string RegionId);

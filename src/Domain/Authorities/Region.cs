namespace SocialCare.Domain.Authorities;

/// <summary>A region of the pilot, such as North West London. Regions are configuration, never code.</summary>
public sealed record Region(string Id, string Name);

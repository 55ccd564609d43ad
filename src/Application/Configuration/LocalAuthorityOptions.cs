namespace SocialCare.Application.Configuration;

/// <summary>
/// The keys of one <c>SocialCare:LocalAuthorities</c> entry that decide who is asked. How to reach the authority
/// (base URL, credentials, timeouts) is the Mosaic adapter's, bound from the same entry.
/// </summary>
public sealed class LocalAuthorityOptions
{
    /// <summary>The GSS code, such as <c>E09000013</c>.</summary>
    public string Code { get; set; } = "";

    /// <summary>The authority's name as people read it, such as <c>Hammersmith and Fulham</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>The <see cref="RegionOptions.Id"/> of the region the authority belongs to.</summary>
    public string Region { get; set; } = "";

    /// <summary>Whether the authority is asked; off by default.</summary>
    public bool Enabled { get; set; }
}

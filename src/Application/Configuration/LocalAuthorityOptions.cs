namespace SocialCare.Application.Configuration;

/// <summary>
/// The keys of one <c>SocialCare:LocalAuthorities</c> entry that decide who is asked. How to reach the authority
/// (base URL, credentials, timeouts) is the Mosaic adapter's, bound from the same entry.
/// </summary>
public sealed class LocalAuthorityOptions
{
    /// <summary>The GSS code, such as <c>E09000013</c>.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The <see cref="RegionOptions.Id"/> of the region the authority belongs to.</summary>
    public string Region { get; set; } = "";

    public bool Enabled { get; set; }
}

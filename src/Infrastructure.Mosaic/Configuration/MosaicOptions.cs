namespace SocialCare.Infrastructure.Mosaic.Configuration;

/// <summary>The keys of section <c>SocialCare</c> that say how Mosaic is reached (spec §5).</summary>
public sealed class MosaicOptions
{
    /// <summary>The largest Mosaic response read, in bytes; larger ones make the authority unavailable.</summary>
    public long MaxResponseBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>
    /// The most read from one authority for one view, in bytes: every response, list, page, retry and re-read
    /// together. Past it the authority is unavailable (<c>LookupTooLarge</c>) and what was read is let go.
    /// </summary>
    public long MaxLookupBytes { get; set; } = 16 * 1024 * 1024;

    public IList<MosaicAuthorityOptions> LocalAuthorities { get; } = [];

    public MosaicSandboxOptions Sandbox { get; set; } = new();

    /// <summary>The entry for <paramref name="code"/> (ignoring case), or null when it is not configured.</summary>
    public MosaicAuthorityOptions? Find(string code) =>
        LocalAuthorities.FirstOrDefault(a => string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase));
}

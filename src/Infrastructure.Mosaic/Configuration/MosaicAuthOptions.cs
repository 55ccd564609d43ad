namespace SocialCare.Infrastructure.Mosaic.Configuration;

/// <summary>
/// <c>SocialCare:LocalAuthorities:[n]:Auth</c>. Secrets (<see cref="ClientSecret"/>, <see cref="ApiKey"/>, the
/// certificate's password) come from a secret store or the environment, never from a committed appsettings file.
/// </summary>
public sealed class MosaicAuthOptions
{
    public MosaicAuthMode Mode { get; set; } = MosaicAuthMode.None;

    /// <summary>The OAuth2 token endpoint; in sandbox mode it defaults to the sandbox's own.</summary>
    public Uri? TokenUrl { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? Scope { get; set; }

    /// <summary>
    /// How long credentials refused by the token endpoint (400, 401, 403), or a new token refused by Mosaic, are
    /// believed before they are tried again: every view meanwhile finds the authority unavailable at once. Shorter
    /// asks a council's identity provider more often, which may lock the client out.
    /// </summary>
    public TimeSpan RefusalRemembered { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The header that carries <see cref="ApiKey"/>.</summary>
    public string HeaderName { get; set; } = "X-Api-Key";

    public string? ApiKey { get; set; }

    /// <summary>An optional TLS client certificate, sent with every request including the token's.</summary>
    public MosaicCertificateOptions? Certificate { get; set; }
}

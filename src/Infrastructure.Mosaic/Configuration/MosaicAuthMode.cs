namespace SocialCare.Infrastructure.Mosaic.Configuration;

/// <summary>How a client authenticates to one authority's Mosaic (see docs/mosaic-contract.md).</summary>
public enum MosaicAuthMode
{
    /// <summary>No credentials: only allowed in sandbox mode.</summary>
    None,

    /// <summary>OAuth2 client credentials: a bearer token from <see cref="MosaicAuthOptions.TokenUrl"/>.</summary>
    ClientCredentials,

    /// <summary>A key in a request header.</summary>
    ApiKey,
}

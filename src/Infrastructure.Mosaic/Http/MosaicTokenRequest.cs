using SocialCare.Infrastructure.Mosaic.Configuration;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>What one authority's token endpoint is sent (client_secret_post, RFC 6749 §2.3.1).</summary>
internal sealed record MosaicTokenRequest(
    string AuthorityCode, Uri TokenUrl, string ClientId, string ClientSecret, string? Scope, TimeSpan Timeout)
{
    /// <summary>The request of <paramref name="authority"/>'s <c>Auth</c> entry; null when it has no token URL.</summary>
    public static MosaicTokenRequest? For(MosaicOptions options, MosaicAuthorityOptions authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var auth = authority.Auth;
        return MosaicEndpoints.TokenUrl(options, authority) is { } tokenUrl
            ? new MosaicTokenRequest(authority.Code, tokenUrl, auth.ClientId ?? "", auth.ClientSecret ?? "", auth.Scope, authority.AttemptTimeout)
            : null;
    }

    public FormUrlEncodedContent Form()
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "client_credentials"),
            new("client_id", ClientId),
            new("client_secret", ClientSecret),
        };
        if (!string.IsNullOrWhiteSpace(Scope))
        {
            fields.Add(new("scope", Scope));
        }

        return new FormUrlEncodedContent(fields);
    }

    // The secret must not reach a log through a record's generated ToString.
    public override string ToString() => $"Token request for {AuthorityCode}";
}

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>What one authority's token endpoint is sent (client_secret_post, RFC 6749 §2.3.1).</summary>
internal sealed record MosaicTokenRequest(
    string AuthorityCode, Uri TokenUrl, string ClientId, string ClientSecret, string? Scope, TimeSpan Timeout)
{
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

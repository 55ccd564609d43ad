using System.Text.Json.Serialization;

namespace SocialCare.Baseline;

/// <summary>An OAuth2 token response.</summary>
public sealed class BaselineToken
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; set; }

    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; set; }
}

using System.Text.Json.Serialization;

namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>An OAuth2 token response (RFC 6749 §5.1).</summary>
internal sealed class TokenResponseDto
{
    [JsonPropertyName("access_token")]
    public string? AccessToken { get; init; }

    [JsonPropertyName("token_type")]
    public string? TokenType { get; init; }

    [JsonPropertyName("expires_in")]
    public int? ExpiresIn { get; init; }
}

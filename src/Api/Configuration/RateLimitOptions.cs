namespace SocialCare.Api.Configuration;

/// <summary><c>SocialCare:RateLimit</c>: how often one viewer may open the API and the page.</summary>
public sealed class RateLimitOptions
{
    public const int MaxPermitsPerMinute = 100_000;

    /// <summary>Requests per viewer per minute, across the view, the tab and the page.</summary>
    public int PermitsPerMinute { get; set; } = 120;
}

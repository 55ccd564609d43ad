namespace SocialCare.Api.Configuration;

/// <summary>The keys of section <c>SocialCare</c> that the endpoints and the page read.</summary>
public sealed class SocialCareApiOptions
{
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>
    /// The Content-Security-Policy <c>frame-ancestors</c> sources that may frame the page and the API's responses
    /// (<c>SocialCare:FrameAncestors:[n]</c>), such as <c>https://*.patientsknowbest.com</c>. Empty means
    /// <c>'self'</c>: only the host's own pages.
    /// </summary>
    public IList<string> FrameAncestors { get; } = [];

    /// <summary>
    /// The authentication scheme the default viewer seam asks for the viewer, when it is not the host's default
    /// scheme; null reads the user the host's authentication middleware has already set.
    /// </summary>
    public string? AuthenticationScheme { get; set; }
}

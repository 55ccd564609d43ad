namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>The names of each authority's clients in <see cref="IHttpClientFactory"/>.</summary>
public static class MosaicClientNames
{
    /// <summary>The client for the authority's resources: resilience, credentials and the response cap.</summary>
    public static string Resources(string authorityCode) => "SocialCare.Mosaic." + authorityCode.ToUpperInvariant();

    /// <summary>
    /// The client of the opt-in health check: the same credentials and certificate, but one attempt and none of the
    /// page's concurrency places or circuit, so a probe can neither delay a view nor take a half-open circuit's trial.
    /// </summary>
    public static string Health(string authorityCode) => Resources(authorityCode) + ".Health";

    /// <summary>The client for the authority's token endpoint: one attempt, never retried.</summary>
    public static string Token(string authorityCode) => Resources(authorityCode) + ".Token";
}

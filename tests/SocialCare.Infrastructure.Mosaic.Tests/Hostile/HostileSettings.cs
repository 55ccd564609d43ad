using SocialCare.Domain.Authorities;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile;

/// <summary>Settings that point one borough at a hostile council, reached with an API key (no token endpoint).</summary>
internal static class HostileSettings
{
    public const string ApiKey = "hostile-api-key";

    public static void Point(Dictionary<string, string?> settings, LocalAuthority authority, Uri baseUrl)
    {
        settings[GatewayHost.Key(authority, "BaseUrl")] = baseUrl.AbsoluteUri;
        settings[GatewayHost.Key(authority, "Auth:Mode")] = "ApiKey";
        settings[GatewayHost.Key(authority, "Auth:HeaderName")] = "X-Api-Key";
        settings[GatewayHost.Key(authority, "Auth:ApiKey")] = ApiKey;
    }

    /// <summary>
    /// Attempts of 3 s within a deadline of 15 s: a real socket on a busy machine (the pages here are up to a few MiB)
    /// must not time out where a row or a test expects another outcome. Only a council that never finishes waits that long.
    /// The deadline must exceed every authority's attempts × timeout, and the other boroughs keep GatewayHost's 2 × 5 s.
    /// </summary>
    public static void Patient(Dictionary<string, string?> settings, LocalAuthority authority)
    {
        settings["SocialCare:Deadline"] = "00:00:15";
        settings[GatewayHost.Key(authority, "AttemptTimeout")] = "00:00:03";
        settings[GatewayHost.Key(authority, "Retries")] = "1";
    }
}

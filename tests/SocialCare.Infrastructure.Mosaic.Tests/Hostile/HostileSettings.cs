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
}

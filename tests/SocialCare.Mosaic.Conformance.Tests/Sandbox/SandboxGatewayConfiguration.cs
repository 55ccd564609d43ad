using System.Globalization;
using Microsoft.Extensions.Configuration;
using SocialCare.Domain.Authorities;

namespace SocialCare.Mosaic.Conformance.Tests.Sandbox;

/// <summary>
/// Section <c>SocialCare</c> for one authority served by a sandbox: sandbox mode (so the base URL and token URL are
/// the sandbox's) and OAuth2 client credentials with the sandbox's defaults. No scenario waits for an attempt to
/// time out (a 5xx, a 401 and a malformed body answer at once; the hang is cancelled by the kit after 500 ms), so
/// the attempts are generous enough for a cold, busy machine (2 s let a first token request time out at a load average
/// of 40) and the hang ends in the preferred
/// <see cref="OperationCanceledException"/>. The circuit is fresh per provider, so a fault cannot open it for the
/// next scenario.
/// </summary>
internal static class SandboxGatewayConfiguration
{
    public const string ClientId = "sandbox-client";
    public const string ClientSecret = "sandbox-secret";

    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);

    public static IConfiguration For(Uri sandboxUrl, LocalAuthority authority)
    {
        ArgumentNullException.ThrowIfNull(sandboxUrl);
        ArgumentNullException.ThrowIfNull(authority);
        const string Authority = "SocialCare:LocalAuthorities:0:";
        return new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["SocialCare:Deadline"] = "00:00:15",
                ["SocialCare:Regions:0:Id"] = authority.RegionId,
                ["SocialCare:Regions:0:Name"] = "London",
                ["SocialCare:Regions:0:Enabled"] = "true",
                [Authority + "Code"] = authority.Code.Value,
                [Authority + "Name"] = authority.Name,
                [Authority + "Region"] = authority.RegionId,
                [Authority + "Enabled"] = "true",
                [Authority + "AttemptTimeout"] = AttemptTimeout.ToString("c", CultureInfo.InvariantCulture),
                [Authority + "Retries"] = "1",
                [Authority + "Auth:Mode"] = "ClientCredentials",
                [Authority + "Auth:ClientId"] = ClientId,
                [Authority + "Auth:ClientSecret"] = ClientSecret,
                ["SocialCare:Sandbox:Enabled"] = "true",
                ["SocialCare:Sandbox:Url"] = sandboxUrl.AbsoluteUri,
            })
            .Build();
    }
}

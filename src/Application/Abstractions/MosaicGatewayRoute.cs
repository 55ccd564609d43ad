using SocialCare.Domain.Authorities;

namespace SocialCare.Application.Abstractions;

/// <summary>
/// Sends one local authority to its own <see cref="IMosaicGateway"/> instead of the default one. Register one per
/// council whose Mosaic speaks differently; register the adapter as itself, not as <see cref="IMosaicGateway"/>.
/// </summary>
/// <example><code>
/// services.AddSingleton&lt;HarrowMosaicGateway&gt;();
/// services.AddSingleton(sp =&gt; new MosaicGatewayRoute("E09000015", sp.GetRequiredService&lt;HarrowMosaicGateway&gt;()));
/// </code></example>
public sealed record MosaicGatewayRoute(string AuthorityCode, IMosaicGateway Gateway);

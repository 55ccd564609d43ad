using System.Collections.Frozen;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;

namespace SocialCare.Application.Viewing.GetSocialCare;

/// <summary>Picks each authority's gateway: the one routed to its GSS code, else the default.</summary>
[UseCaseService]
internal sealed class MosaicGatewayRouter
{
    private readonly IMosaicGateway _default;
    private readonly FrozenDictionary<string, IMosaicGateway> _routes;

    public MosaicGatewayRouter(IMosaicGateway defaultGateway, IEnumerable<MosaicGatewayRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        _default = defaultGateway;
        var byCode = new Dictionary<string, IMosaicGateway>(StringComparer.OrdinalIgnoreCase);
        foreach (var route in routes)
        {
            if (!byCode.TryAdd(route.AuthorityCode, route.Gateway))
            {
                throw new InvalidOperationException($"Two Mosaic gateway routes are registered for {route.AuthorityCode}; register one.");
            }
        }

        _routes = byCode.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public IMosaicGateway GatewayFor(LocalAuthority authority)
    {
        ArgumentNullException.ThrowIfNull(authority);
        return _routes.GetValueOrDefault(authority.Code.Value, _default);
    }
}

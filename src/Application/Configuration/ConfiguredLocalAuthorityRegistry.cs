using Microsoft.Extensions.Options;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;

namespace SocialCare.Application.Configuration;

/// <summary>The regions and authorities switched on in configuration, read once at start-up.</summary>
internal sealed class ConfiguredLocalAuthorityRegistry : ILocalAuthorityRegistry
{
    public ConfiguredLocalAuthorityRegistry(IOptions<SocialCareOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var value = options.Value;
        EnabledRegions = [.. value.Regions.Where(r => r.Enabled).Select(r => new Region(r.Id, r.Name))];
        EnabledAuthorities =
        [
            .. value.LocalAuthorities
                .Where(a => a.Enabled)
                .Select(a => new LocalAuthority(GssCode.Create(a.Code).Value, a.Name, a.Region)),
        ];
    }

    public IReadOnlyList<Region> EnabledRegions { get; }

    public IReadOnlyList<LocalAuthority> EnabledAuthorities { get; }
}

using SocialCare.Domain.Authorities;

namespace SocialCare.Application.Abstractions;

/// <summary>
/// The regions and local authorities switched on (configuration section <c>SocialCare</c>, spec §5). The default
/// implementation reads configuration; a host may replace it.
/// </summary>
public interface ILocalAuthorityRegistry
{
    /// <summary>Regions switched on: a patient linked to a team in one of them is in the pilot.</summary>
    IReadOnlyList<Region> EnabledRegions { get; }

    /// <summary>Authorities switched on, whatever the state of their region; the pilot policy combines the two.</summary>
    IReadOnlyList<LocalAuthority> EnabledAuthorities { get; }
}

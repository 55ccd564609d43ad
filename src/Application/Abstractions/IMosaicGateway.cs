using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;

namespace SocialCare.Application.Abstractions;

/// <summary>
/// Asks one local authority's Mosaic about one person. The default implementation speaks this library's Mosaic
/// contract over HTTP; a council whose Mosaic speaks differently gets its own adapter through a
/// <see cref="MosaicGatewayRoute"/>.
/// </summary>
/// <remarks>
/// An implementation returns only what may be shown (spec §4): current worker relationships, active or ended care
/// packages, completed assessments, complete case notes, current communication needs, dates in Europe/London.
/// Expected failures are answers (<see cref="MosaicLookup.Unavailable"/>), not exceptions. It must honour the
/// token: the view's deadline cancels it. It never puts the NHS number in a URL path or a log line.
/// </remarks>
public interface IMosaicGateway
{
    /// <summary>Asks <paramref name="authority"/>'s Mosaic about the person with <paramref name="nhsNumber"/>.</summary>
    /// <param name="authority">The local authority to ask.</param>
    /// <param name="nhsNumber">The patient's checked NHS number; never in a URL or a log line.</param>
    /// <param name="cancellationToken">The view's deadline, or the caller giving up.</param>
    /// <returns>One of the five cases of <see cref="MosaicLookup"/>.</returns>
    Task<MosaicLookup> LookupAsync(LocalAuthority authority, NhsNumber nhsNumber, CancellationToken cancellationToken);
}

using SocialCare.Application.Abstractions;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>
/// Carries a failure already classified (a body too large, a malformed envelope, refused credentials) out of the
/// handlers and the five concurrent list readers at once; <see cref="MosaicHttpGateway"/> turns it into
/// <see cref="MosaicLookup.Unavailable"/>. It never leaves the gateway, and its message holds only the reason.
/// </summary>
internal sealed class MosaicUnavailableException(UnavailableReason reason)
    : Exception($"Mosaic is unavailable: {reason}.")
{
    public UnavailableReason Reason { get; } = reason;
}

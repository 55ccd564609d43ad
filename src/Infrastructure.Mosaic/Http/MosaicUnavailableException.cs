using SocialCare.Application.Abstractions;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>
/// A failure already classified (a body too large, a malformed envelope, refused credentials), thrown by the library's
/// handlers and by a <see cref="Dialects.MosaicDialect"/>'s readers; <see cref="MosaicHttpGateway"/> turns it into
/// <see cref="MosaicLookup.Unavailable"/> with <see cref="Reason"/>. It never leaves the gateway, and its message
/// holds only the reason, so it is safe to log.
/// </summary>
public sealed class MosaicUnavailableException : Exception
{
    /// <summary>A failure for <paramref name="reason"/>; a dialect's reader typically raises <c>MalformedResponse</c>.</summary>
    public MosaicUnavailableException(UnavailableReason reason)
        : base($"Mosaic is unavailable: {reason}.") => Reason = reason;

    public MosaicUnavailableException()
        : this(UnavailableReason.Other)
    {
    }

    /// <summary>Only the reason is kept: a message from elsewhere could carry what a council sent.</summary>
    public MosaicUnavailableException(string message)
        : this(UnavailableReason.Other) => _ = message;

    public MosaicUnavailableException(string message, Exception innerException)
        : this(UnavailableReason.Other) => _ = (message, innerException);

    /// <summary>The closed reason the lookup answers with.</summary>
    public UnavailableReason Reason { get; }
}

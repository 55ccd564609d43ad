namespace SocialCare.Application.Abstractions;

/// <summary>
/// Why an authority gave no usable answer, for operators. A closed set, so that nothing an adapter writes can carry
/// personal data into a log line.
/// </summary>
public enum UnavailableReason
{
    /// <summary>Anything not listed here.</summary>
    Other,

    /// <summary>An attempt, or the adapter's own budget, ran out of time.</summary>
    Timeout,

    /// <summary>The circuit breaker is open after repeated failures.</summary>
    CircuitOpen,

    /// <summary>Mosaic answered 5xx.</summary>
    ServerError,

    /// <summary>Mosaic answered 429 past the retries allowed.</summary>
    RateLimited,

    /// <summary>The token or key was refused, or no token could be had.</summary>
    BadCredentials,

    /// <summary>The envelope of a response could not be read.</summary>
    MalformedResponse,

    /// <summary>A response was larger than <c>SocialCare:MaxResponseBytes</c>.</summary>
    ResponseTooLarge,

    /// <summary>No connection, or the connection dropped.</summary>
    ConnectionFailed,

    /// <summary>Set by the library: the view's deadline passed first.</summary>
    Deadline,

    /// <summary>Set by the library: the caller gave up first.</summary>
    Cancelled,

    /// <summary>Set by the library: the adapter threw, or returned nothing.</summary>
    AdapterFault,

    /// <summary>
    /// All the responses of one lookup together were larger than <c>SocialCare:MaxLookupBytes</c>, though each fitted
    /// <c>MaxResponseBytes</c>: a council sending page after page of oversized text.
    /// </summary>
    LookupTooLarge,
}

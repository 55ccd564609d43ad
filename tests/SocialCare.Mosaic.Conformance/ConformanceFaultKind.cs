namespace SocialCare.Mosaic.Conformance;

/// <summary>How the server fails, in its own dialect.</summary>
public enum ConformanceFaultKind
{
    /// <summary>Answer with a server error (a 5xx), every time, so retries do not clear it.</summary>
    ServerError,

    /// <summary>Accept the request and never answer (until the client gives up or the server stops).</summary>
    Hang,

    /// <summary>Answer success with a body the adapter cannot read: not JSON, cut short, or missing its envelope.</summary>
    MalformedBody,

    /// <summary>Refuse the adapter's credentials (a 401 or 403, or a token endpoint that refuses), every time.</summary>
    RefusedCredentials,
}

namespace SocialCare.Mosaic.Sandbox.Faults;

/// <summary>What a fault does to the requests it matches.</summary>
public enum SandboxFaultKind
{
    /// <summary>Waits <see cref="SandboxFault.Delay"/>, then answers normally.</summary>
    Latency,

    /// <summary>A problem+json answer with <see cref="SandboxFault.Status"/>.</summary>
    Status,

    /// <summary><c>429</c> with <c>Retry-After</c> of <see cref="SandboxFault.RetryAfterSeconds"/>.</summary>
    RateLimit,

    /// <summary>Holds the request open until the client gives up (at most five minutes).</summary>
    Hang,

    /// <summary><c>200</c> with a body that is not JSON.</summary>
    Malformed,

    /// <summary><c>200</c> whose <c>Content-Length</c> promises more than is sent before the connection ends.</summary>
    Truncated,

    /// <summary>The connection is dropped without an answer.</summary>
    Drop,

    /// <summary>Every resource request is <c>401 invalid_token</c>, whatever its credentials.</summary>
    InvalidToken,

    /// <summary>Tokens issued before the fault was added are <c>401 invalid_token</c>; new ones work.</summary>
    ExpiredToken,

    /// <summary>The token endpoint answers <c>401 {"error":"invalid_client"}</c>.</summary>
    TokenRefused,

    /// <summary><c>200</c> with a valid JSON body of <see cref="SandboxFault.Bytes"/> bytes.</summary>
    Oversize,
}

namespace SocialCare.Mosaic.Sandbox.Faults;

/// <summary>
/// A fault to inject. Every filter left null matches everything, except that a fault without a
/// <see cref="Resource"/> matches only the six data resources: the token endpoint is faulted only when named
/// (<see cref="SandboxResources.Token"/>) or by <see cref="SandboxFaultKind.TokenRefused"/>.
/// </summary>
public sealed record SandboxFault
{
    /// <summary>What the fault does.</summary>
    public SandboxFaultKind Kind { get; init; } = SandboxFaultKind.Status;

    /// <summary>Only this authority's GSS code, or every authority when null.</summary>
    public string? Authority { get; init; }

    /// <summary>
    /// Only the person lookup with this <c>X-NHS-Number</c> and the lists of persons with this NHS number, or
    /// everyone when null. A fault with an NHS number never matches the token endpoint.
    /// </summary>
    public string? NhsNumber { get; init; }

    /// <summary>Only this resource (see <see cref="SandboxResources"/>), or the six data resources when null.</summary>
    public string? Resource { get; init; }

    /// <summary>The status of a <see cref="SandboxFaultKind.Status"/> fault.</summary>
    public int Status { get; init; } = 503;

    /// <summary>The wait of a <see cref="SandboxFaultKind.Latency"/> fault.</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>The <c>Retry-After</c> of a <see cref="SandboxFaultKind.RateLimit"/> fault.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>How many matching requests the fault applies to before it removes itself; null for all.</summary>
    public int? Times { get; init; }

    /// <summary>The body size of an <see cref="SandboxFaultKind.Oversize"/> fault (default 9 MiB).</summary>
    public long Bytes { get; init; } = 9 * 1024 * 1024;
}

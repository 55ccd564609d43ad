namespace SocialCare.Infrastructure.Mosaic.Configuration;

/// <summary>
/// How one <c>SocialCare:LocalAuthorities</c> entry is reached. Its code, name, region and switch are bound from
/// the same entry by Application, which decides who is asked.
/// </summary>
public sealed class MosaicAuthorityOptions
{
    public string Code { get; set; } = "";

    public bool Enabled { get; set; }

    /// <summary>
    /// The name of the <see cref="Dialects.MosaicDialect"/> that speaks to this council's Mosaic; empty for the standard
    /// contract (docs/mosaic-contract.md). An enabled entry must name one the host registered.
    /// </summary>
    public string? Dialect { get; set; }

    /// <summary>Required, and https, for an enabled authority outside sandbox mode.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The budget of one HTTP attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Retries after the first attempt, for GETs on transient failures only.</summary>
    public int Retries { get; set; } = 1;

    /// <summary>Requests in flight to this authority at once, across every view.</summary>
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>How the client proves who it is; required outside sandbox mode for an enabled authority.</summary>
    public MosaicAuthOptions Auth { get; set; } = new();

    public MosaicCircuitBreakerOptions CircuitBreaker { get; set; } = new();
}

namespace SocialCare.Infrastructure.Mosaic.Configuration;

/// <summary>
/// <c>SocialCare:LocalAuthorities:[n]:CircuitBreaker</c>: when a council's Mosaic counts as down, so that it answers
/// unavailable at once instead of costing every view its timeouts.
/// </summary>
public sealed class MosaicCircuitBreakerOptions
{
    /// <summary>The share of failed attempts, within <see cref="SamplingDuration"/>, that opens the circuit.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Attempts needed within <see cref="SamplingDuration"/> before the ratio counts.</summary>
    public int MinimumThroughput { get; set; } = 10;

    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before one trial request is let through.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}

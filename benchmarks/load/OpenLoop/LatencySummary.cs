namespace SocialCare.Load.OpenLoop;

/// <summary>Milliseconds at the usual percentiles, and the tail's ratio to the middle.</summary>
public sealed record LatencySummary(double P50, double P90, double P99, double P999, double Max)
{
    /// <summary>p99 ÷ p50; the load test's target is at most 1.5.</summary>
    public double TailRatio => P50 > 0 ? P99 / P50 : double.NaN;

    public static LatencySummary Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return sorted.Length == 0
            ? new LatencySummary(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN)
            : new LatencySummary(
                Percentiles.Of(sorted, 50), Percentiles.Of(sorted, 90), Percentiles.Of(sorted, 99), Percentiles.Of(sorted, 99.9), sorted[^1]);
    }
}

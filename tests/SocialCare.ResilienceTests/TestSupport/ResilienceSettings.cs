using System.Globalization;

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// The resilience settings scaled down so that faults open and close circuits within a few seconds (see README.md):
/// every authority gets the same. Generous enough that a busy two-core machine answers a healthy authority in time.
/// </summary>
internal static class ResilienceSettings
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(2.5);
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromMilliseconds(800);
    public const int Retries = 1;
    public const double FailureRatio = 0.5;
    public const int MinimumThroughput = 4;
    public static readonly TimeSpan SamplingDuration = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan BreakDuration = TimeSpan.FromSeconds(1);
    public const int PermitsPerMinute = 100_000;

    /// <summary>The only timing the test asserts: no answer slower than the deadline and this margin.</summary>
    public static readonly TimeSpan SlowestMargin = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How long the client believes a token Mosaic refused (ClientCredentialsTokenSource.RefusalRemembered, not a
    /// setting): an InvalidToken fault makes its authority unavailable this long after the fault has gone.
    /// </summary>
    public static readonly TimeSpan RefusedCredentialsRemembered = TimeSpan.FromSeconds(30);

    public static TimeSpan SlowestAllowed => Deadline + SlowestMargin;

    public static IReadOnlyDictionary<string, string?> AsConfiguration()
    {
        var settings = new Dictionary<string, string?>
        {
            ["SocialCare:Deadline"] = Text(Deadline),
            ["SocialCare:RateLimit:PermitsPerMinute"] = PermitsPerMinute.ToString(CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < Boroughs.All.Count; i++)
        {
            var key = $"SocialCare:LocalAuthorities:{i}:";
            settings[key + "AttemptTimeout"] = Text(AttemptTimeout);
            settings[key + "Retries"] = Retries.ToString(CultureInfo.InvariantCulture);
            settings[key + "CircuitBreaker:FailureRatio"] = FailureRatio.ToString(CultureInfo.InvariantCulture);
            settings[key + "CircuitBreaker:MinimumThroughput"] = MinimumThroughput.ToString(CultureInfo.InvariantCulture);
            settings[key + "CircuitBreaker:SamplingDuration"] = Text(SamplingDuration);
            settings[key + "CircuitBreaker:BreakDuration"] = Text(BreakDuration);
        }

        return settings;
    }

    public static string Summary =>
        $"deadline {Deadline.TotalSeconds:0.0#} s, attempt {AttemptTimeout.TotalMilliseconds:0} ms, retries {Retries}, " +
        $"circuit {FailureRatio:0.##}/{MinimumThroughput} in {SamplingDuration.TotalSeconds:0.#} s, break {BreakDuration.TotalSeconds:0.#} s";

    private static string Text(TimeSpan value) => value.ToString("c", CultureInfo.InvariantCulture);
}

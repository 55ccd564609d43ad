using System.Diagnostics.Metrics;

namespace SocialCare.Infrastructure.Redis.RateLimiting;

/// <summary>The shared limiter's instrument on the library's <c>SocialCare</c> meter: one count per fallen-back permit.</summary>
internal sealed class RateLimitTelemetry
{
    public const string MeterName = "SocialCare";
    public const string FallbackInstrument = "socialcare.ratelimit.fallback";
    public const string ReasonTag = "socialcare.ratelimit.fallback_reason";

    private readonly Counter<long> _fallbacks;

    public RateLimitTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        // The factory owns the meter, shared with the library's other instruments of the same name; not disposed here.
        _fallbacks = meters.Create(MeterName).CreateCounter<long>(
            FallbackInstrument,
            "{request}",
            "Requests whose per-viewer permit this instance counted in its own memory because Redis was slow or unreachable.");
    }

    public void FellBack(string reason) => _fallbacks.Add(1, new KeyValuePair<string, object?>(ReasonTag, reason));
}

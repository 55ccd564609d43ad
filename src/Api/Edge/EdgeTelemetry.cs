using System.Diagnostics.Metrics;
using SocialCare.Application.Telemetry;

namespace SocialCare.Api.Edge;

/// <summary>The edge's own instrument on SocialCare's meter: requests refused for the per-viewer rate limit.</summary>
internal sealed class EdgeTelemetry
{
    private readonly Counter<long> _refusals;

    public EdgeTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _refusals = meters.Create(SocialCareTelemetry.Name)
            .CreateCounter<long>(SocialCareTelemetry.RateLimitRefusalsInstrument, "{request}", "Requests refused for the per-viewer rate limit, by surface.");
    }

    public void RateLimited(Surface surface) =>
        _refusals.Add(1, new KeyValuePair<string, object?>(SocialCareTelemetry.SurfaceTag, surface == Surface.Page ? "page" : "api"));
}

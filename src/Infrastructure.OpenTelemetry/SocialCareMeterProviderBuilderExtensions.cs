using SocialCare.Application.Telemetry;

namespace OpenTelemetry.Metrics;

public static class SocialCareMeterProviderBuilderExtensions
{
    /// <summary>
    /// Collects SocialCare's metrics (meter <c>SocialCare</c>): view and lookup durations with bucket advice for
    /// 5 ms–5 s, views by surface and answered code, lookups by authority and outcome with <c>error.type</c>, rate-limit
    /// refusals, audit write duration and failures, each authority's circuit state and concurrency queue. Every
    /// attribute value comes from a closed set; docs/observability.md lists them. ASP.NET Core's and HttpClient's own
    /// metrics carry the route template and no URL, and need nothing from this call.
    /// </summary>
    public static MeterProviderBuilder AddSocialCareInstrumentation(this MeterProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddMeter(SocialCareTelemetry.Name);
    }
}

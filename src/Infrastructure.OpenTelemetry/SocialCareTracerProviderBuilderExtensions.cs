using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Instrumentation.AspNetCore;
using OpenTelemetry.Instrumentation.Http;
using SocialCare.Application.Telemetry;
using SocialCare.Infrastructure.OpenTelemetry.Redaction;

namespace OpenTelemetry.Trace;

public static class SocialCareTracerProviderBuilderExtensions
{
    /// <summary>
    /// Collects SocialCare's spans (source <c>SocialCare</c>: the view, the directory call, each authority's lookup,
    /// the audit write) and makes the host's own ASP.NET Core and HttpClient instrumentation safe for SocialCare's
    /// routes and council clients: their spans carry route and URL templates
    /// (<c>/api/v1/patients/{patientId}/social-care</c>, <c>{mosaic}/v1/persons/{personId}/case-notes</c>) where the
    /// patient id or the Mosaic person id would have been. The templates are written by the instrumentation's own
    /// enrichment callbacks (the host's callbacks still run first), before a span ends, so they hold whether the host
    /// adds its instrumentation and exporters before or after this call. docs/observability.md lists every signal.
    /// </summary>
    public static TracerProviderBuilder AddSocialCareInstrumentation(this TracerProviderBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddSource(SocialCareTelemetry.Name)
            .ConfigureServices(services =>
            {
                services.PostConfigureAll<AspNetCoreTraceInstrumentationOptions>(RouteTemplates.Apply);
                services.PostConfigureAll<HttpClientTraceInstrumentationOptions>(UrlTemplates.Apply);
            });
    }
}

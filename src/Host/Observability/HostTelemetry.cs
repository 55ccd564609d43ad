using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace SocialCare.Host.Observability;

/// <summary>
/// The reference host's OpenTelemetry, as docs/observability.md tells a host to wire it: traces, metrics and logs,
/// with ASP.NET Core's and HttpClient's instrumentation made safe by <c>AddSocialCareInstrumentation()</c>, exported
/// over OTLP when the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the exporter itself reads it, with
/// <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>, <c>grpc</c> or <c>http/protobuf</c>, and <c>OTEL_SERVICE_NAME</c>). With it
/// unset nothing is collected or exported, and the host says so once at start-up.
/// </summary>
internal static class HostTelemetry
{
    public const string EndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string ServiceNameVariable = "OTEL_SERVICE_NAME";
    public const string DefaultServiceName = "socialcare-host";
    public const string NotExporting = "OpenTelemetry: OTEL_EXPORTER_OTLP_ENDPOINT is not set; no traces, metrics or logs are exported.";

    public static void Add(WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[EndpointVariable]))
        {
            Console.WriteLine(NotExporting);
            return;
        }

        var serviceNamed = !string.IsNullOrWhiteSpace(builder.Configuration[ServiceNameVariable]);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource =>
            {
                // OTEL_SERVICE_NAME wins when set: a service added here would override it.
                if (!serviceNamed)
                {
                    resource.AddService(DefaultServiceName);
                }
            })
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSocialCareInstrumentation()
                .AddOtlpExporter())
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSocialCareInstrumentation()
                .AddOtlpExporter())
            .WithLogging(logging => logging.AddOtlpExporter(), options => options.IncludeScopes = false);

        // docs/observability.md, "Logs": ASP.NET Core's request lines quote the path, which holds the patient id.
        builder.Logging.AddFilter<OpenTelemetryLoggerProvider>("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
    }
}

using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Observability;

/// <summary>
/// Issue 17 §2–3, end to end: the reference Host started with the standard <c>OTEL_EXPORTER_OTLP_*</c> variables
/// exports traces, metrics and logs over OTLP, <c>http/protobuf</c> or <c>grpc</c>, to a receiver in the test; the protobuf bytes carry the route and
/// URL templates and the service name, and none of the demo's ids, NHS numbers, Mosaic person ids, names or
/// telephone numbers. With no endpoint set, the Host says once that it exports nothing.
/// </summary>
[TestFixture("http/protobuf")]
[TestFixture("grpc")]
[NonParallelizable]
public class OtlpExportTests(string protocol)
{
    private const string ServiceName = "socialcare-otlp-test";

    private static readonly string[] Variables = ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_PROTOCOL", "OTEL_SERVICE_NAME"];

    private OtlpReceiver _receiver = null!;

    [OneTimeSetUp]
    public async Task ViewThroughTheHostExportingToTheReceiver()
    {
        _receiver = await OtlpReceiver.StartAsync(grpc: protocol == "grpc");

        // The Host reads them as any process does, before its builder is built; the fixture is not run in parallel
        // with another, and they are removed as soon as the Host is gone.
        var saved = Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable);
        Environment.SetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT", _receiver.Endpoint.ToString().TrimEnd('/'));
        Environment.SetEnvironmentVariable("OTEL_EXPORTER_OTLP_PROTOCOL", protocol);
        Environment.SetEnvironmentVariable("OTEL_SERVICE_NAME", ServiceName);
        try
        {
            // The factory clears the Host's logging providers to keep test output quiet; the Host's own wiring added
            // OpenTelemetry's, which is put back as it was (its exporter is the Host's, configured by WithLogging).
            await using var host = new DemoHostFactory { Logging = logging => logging.AddOpenTelemetry() };
            using var client = host.CreateClient();
            foreach (var patient in Demo.Patients)
            {
                foreach (var viewer in new[] { patient, Demo.CarerWithLabel, Demo.Unrelated })
                {
                    await client.GetAsync(Routes.View(patient), viewer);
                    await client.GetAsync(Routes.Tab(patient), viewer);
                    await client.GetAsync(Routes.Page(patient), viewer);
                }
            }

            await client.GetAsync(Routes.View(Demo.Full), viewer: null);
            await client.AskAsync(HttpMethod.Post, Routes.View(Demo.Full), Demo.Full);

            Assert.That(host.Services.GetRequiredService<TracerProvider>().ForceFlush(), Is.True, "traces exported");
            Assert.That(host.Services.GetRequiredService<MeterProvider>().ForceFlush(), Is.True, "metrics exported");
            Assert.That(host.Services.GetRequiredService<LoggerProvider>().ForceFlush(), Is.True, "logs exported");
        }
        finally
        {
            foreach (var (variable, value) in saved)
            {
                Environment.SetEnvironmentVariable(variable, value);
            }
        }
    }

    [OneTimeTearDown]
    public async Task StopTheReceiver() => await _receiver.DisposeAsync();

    [TestCase("v1/traces")]
    [TestCase("v1/metrics")]
    [TestCase("v1/logs")]
    public void Signal_arrives_with_the_service_name(string signal)
    {
        var bodies = _receiver.Bodies(signal);

        Assert.That(bodies, Is.Not.Empty);
        Assert.That(bodies.Any(b => Contains(b, ServiceName)), Is.True, "OTEL_SERVICE_NAME honoured");
    }

    [Test]
    public void Exported_bytes_carry_no_id_nhs_number_person_id_name_or_telephone()
    {
        var found = new[] { "v1/traces", "v1/metrics", "v1/logs" }
            .SelectMany(signal => _receiver.Bodies(signal).SelectMany(body => TelemetryCapture.Forbidden.Where(f => Contains(body, f)).Select(f => $"{signal}: {f}")))
            .Distinct()
            .ToList();

        Assert.That(found, Is.Empty);
    }

    [TestCase("v1/traces", "/api/v1/patients/{patientId}/social-care")]
    [TestCase("v1/traces", "/patients/{patientId}/social-care")]
    [TestCase("v1/traces", "{mosaic}/v1/persons/{personId}/case-notes")]
    [TestCase("v1/traces", "SocialCare.Mosaic.Lookup")]
    [TestCase("v1/metrics", "socialcare.views")]
    [TestCase("v1/metrics", "socialcare.mosaic.lookup.duration")]
    [TestCase("v1/metrics", "/api/v1/patients/{patientId}/social-care")]
    [TestCase("v1/logs", "Social care view answered")]
    [TestCase("v1/logs", "social-care.not-known")]
    public void Exported_bytes_carry_what_must_be_there(string signal, string text) =>
        Assert.That(_receiver.Bodies(signal).Any(body => Contains(body, text)), Is.True, $"{text} in {signal}");

    [Test]
    public async Task With_no_endpoint_the_host_says_once_that_it_exports_nothing()
    {
        var console = Console.Out;
        using var written = new StringWriter();
        Console.SetOut(written);
        try
        {
            await using var host = new DemoHostFactory();
            using var client = host.CreateClient();
            Assert.That(host.Services.GetService<TracerProvider>(), Is.Null);
        }
        finally
        {
            Console.SetOut(console);
        }

        Assert.That(written.ToString().Split('\n').Count(line => line.Contains("OTEL_EXPORTER_OTLP_ENDPOINT is not set", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    private static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}

using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.Application.Telemetry;
using SocialCare.Infrastructure.Mosaic.Telemetry;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Observability;

/// <summary>
/// Spec §8, issue 17 §3: OpenTelemetry switched on as a host would (ASP.NET Core and HttpClient instrumentation,
/// in-memory exporters registered before, then after, <c>AddSocialCareInstrumentation()</c>); every demo viewer asks
/// for every demo patient on the record, the tab and the page, with 400, 401, 405 and 429 answers, the access history
/// and every sandbox fault. Nothing exported carries an id, an NHS number, a Mosaic person id, a name, a telephone
/// number, the sentinel or a concealed outcome, and what must be there is there, with templates where ids would be.
/// </summary>
[TestFixture(true)]
[TestFixture(false)]
[NonParallelizable]
public class TelemetryExportTests(bool exportersFirst)
{
    private const string Hammersmith = "E09000013";

    private readonly TelemetryCapture _capture = new();

    [OneTimeSetUp]
    public async Task DriveEveryAnswerThroughAnInstrumentedHost()
    {
        await using (var host = new DemoHostFactory
        {
            Settings = new Dictionary<string, string?> { ["SocialCare:RateLimit:PermitsPerMinute"] = "45" },
            TestServices = services =>
            {
                Faults.Plant(services);
                _capture.AddTo(services, exportersFirst);
            },
            Logging = logging => logging
                .AddFilter<OpenTelemetryLoggerProvider>("SocialCare", LogLevel.Trace)
                // docs/observability.md, "Logs": the recipe that keeps ASP.NET Core's request scope (RequestPath) out.
                .AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None),
        })
        {
            using var client = host.CreateClient();
            await Sweep.EveryViewerAndPatientAsync(client);
            foreach (var patient in Demo.Patients)
            {
                await client.GetAsync(Routes.History(patient), patient);
            }

            await client.GetAsync(Routes.HistoryPage(Demo.Full), Demo.Full);
            await Faults.ExhaustAsync(client);
            await Faults.AskUntilRefusedAsync(client, HttpMethod.Get, Routes.View(Demo.Full));
            await EverySandboxFaultAsync(host, client);
            _capture.FlushMetrics(host.Services);

            // Disposing the host flushes and shuts down its providers: every span, metric point and log record is
            // exported by then.
        }

        Assert.That(_capture.Spans, Is.Not.Empty, "an exporter that saw nothing proves nothing");
    }

    [Test]
    public void No_exported_span_metric_point_or_log_record_carries_personal_data_or_a_concealed_outcome() =>
        Assert.That(_capture.ForbiddenFound(), Is.Empty);

    [Test]
    public void Server_spans_carry_the_route_template_where_the_patient_id_was()
    {
        var server = _capture.Spans.Where(s => s.Kind == ActivityKind.Server).ToList();

        Assert.That(server.Select(s => s.GetTagItem("url.path")).Distinct(), Is.SupersetOf(new[]
        {
            "/api/v1/patients/{patientId}/social-care",
            "/api/v1/patients/{patientId}/social-care/tab",
            "/patients/{patientId}/social-care",
            "/api/v1/patients/{patientId}/social-care/access-history",
            "/patients/{patientId}/social-care/access-history",
        }));
        Assert.That(server.Select(s => s.DisplayName).Distinct(), Is.SupersetOf(new[]
        {
            "GET /api/v1/patients/{patientId}/social-care",
            "POST /api/v1/patients/{patientId}/social-care",
            "GET /patients/{patientId}/social-care",
        }));
        Assert.That(
            server.Where(s => Equals(s.GetTagItem("url.path"), "/api/v1/patients/{patientId}/social-care")).Select(s => s.GetTagItem("http.response.status_code")).Distinct(),
            Is.SupersetOf(new object[] { 200, 400, 401, 403, 404, 405, 409, 422, 429, 503 }));
    }

    [Test]
    public void Council_client_spans_carry_the_url_template_where_the_mosaic_person_id_was()
    {
        var client = _capture.Spans.Where(s => s.Kind == ActivityKind.Client).ToList();

        Assert.That(client.Select(s => s.GetTagItem("url.full")).Distinct(), Is.SupersetOf(new[]
        {
            "{mosaic}/v1/persons",
            "{mosaic}/v1/persons/{personId}/worker-relationships",
            "{mosaic}/v1/persons/{personId}/case-notes",
        }));
        Assert.That(client.Select(s => s.DisplayName), Does.Contain("GET {mosaic}/v1/persons/{personId}/case-notes"));
        Assert.That(
            client.Where(s => Equals(s.GetTagItem("url.full"), "{mosaic}/v1/persons")).Select(s => s.GetTagItem("socialcare.authority")).Distinct(),
            Does.Contain(Hammersmith));
    }

    [Test]
    public void Council_client_spans_are_children_of_the_lookup_which_is_a_child_of_the_view()
    {
        var lookup = _capture.Spans.First(s => s.OperationName == MosaicTelemetry.LookupActivity && Equals(s.GetTagItem(MosaicTelemetry.OutcomeTag), "data"));
        var view = _capture.Spans.Single(s => s.SpanId == lookup.ParentSpanId);

        Assert.That(view.OperationName, Is.EqualTo(SocialCareTelemetry.ViewActivity));
        Assert.That(_capture.Spans.Where(s => s.ParentSpanId == lookup.SpanId && s.Kind == ActivityKind.Client), Is.Not.Empty);
    }

    [Test]
    public void View_spans_carry_surface_answered_code_and_authority_count()
    {
        var views = _capture.Spans.Where(s => s.OperationName == SocialCareTelemetry.ViewActivity)
            .Select(s => (Surface: s.GetTagItem(SocialCareTelemetry.SurfaceTag), Outcome: s.GetTagItem(SocialCareTelemetry.OutcomeTag), Count: s.GetTagItem(SocialCareTelemetry.AuthorityCountTag)))
            .Distinct()
            .ToList();

        Assert.That(views, Is.SupersetOf(new object?[]
        {
            ("record", "social-care.shown", 1),
            ("page", "social-care.shown", 1),
            ("record", "social-care.shown", 2),
            ("record", "social-care.access-denied", 0),
            ("record", "social-care.not-known", 1),
            ("record", "social-care.unavailable", 1),
            ("record", "social-care.no-nhs-number", 0),
            ("tab", "social-care.shown", 0),
            ("tab", "social-care.not-in-pilot", 0),
            ("access-history", "social-care.shown", 0),
        }));
    }

    [Test]
    public void Directory_lookup_and_audit_write_are_spans_too()
    {
        var names = _capture.Spans.Select(s => s.OperationName).ToHashSet();
        var lookups = _capture.Spans.Where(s => s.OperationName == MosaicTelemetry.LookupActivity).ToList();

        Assert.That(names, Is.SupersetOf(new[] { SocialCareTelemetry.DirectoryActivity, SocialCareTelemetry.AuditWriteActivity, MosaicTelemetry.LookupActivity }));
        Assert.That(lookups.Select(s => s.GetTagItem(MosaicTelemetry.OutcomeTag)).Distinct(), Is.EquivalentTo(new[] { "data", "no-data", "unavailable" }));
        Assert.That(lookups.Where(s => Equals(s.GetTagItem(MosaicTelemetry.OutcomeTag), "unavailable")).Select(s => s.GetTagItem("error.type")), Has.All.Not.Null);
        Assert.That(
            _capture.Spans.Where(s => s.OperationName == SocialCareTelemetry.DirectoryActivity && s.Status == ActivityStatusCode.Error).Select(s => s.GetTagItem("error.type")),
            Is.Not.Empty, "the failing directory's views");
    }

    [Test]
    public void Metrics_count_views_lookups_refusals_and_audit_writes_with_closed_attributes()
    {
        Assert.That(Points(SocialCareTelemetry.ViewsInstrument), Does.Contain("socialcare.outcome=social-care.shown,socialcare.surface=record"));
        Assert.That(Points(SocialCareTelemetry.ViewDurationInstrument), Does.Contain("socialcare.outcome=social-care.access-denied,socialcare.surface=tab"));
        Assert.That(Points(MosaicTelemetry.LookupsInstrument), Is.SupersetOf(new[]
        {
            $"socialcare.authority={Hammersmith},socialcare.lookup.outcome=data",
            "socialcare.authority=E09000015,socialcare.lookup.outcome=no-data",
            "error.type=ServerError,socialcare.authority=E09000018,socialcare.lookup.outcome=unavailable",
        }));
        Assert.That(Points(MosaicTelemetry.DurationInstrument), Does.Contain($"socialcare.authority={Hammersmith},socialcare.lookup.outcome=data"));
        Assert.That(Points(SocialCareTelemetry.RateLimitRefusalsInstrument), Does.Contain("socialcare.surface=api"));
        Assert.That(Points(SocialCareTelemetry.AuditWriteDurationInstrument), Does.Contain("socialcare.surface=record"));
        Assert.That(Points(MosaicTelemetry.CircuitInstrument), Does.Contain($"socialcare.authority={Hammersmith}"));
        Assert.That(Points(MosaicTelemetry.QueueInstrument), Does.Contain($"socialcare.authority={Hammersmith}"));
    }

    [Test]
    public void Duration_histograms_have_the_advised_buckets()
    {
        var view = _capture.FlushedMetrics.Single(m => m.Name == SocialCareTelemetry.ViewDurationInstrument).MetricPoints[0];
        var bounds = new List<double>();
        foreach (var bucket in view.GetHistogramBuckets())
        {
            bounds.Add(bucket.ExplicitBound);
        }

        Assert.That(bounds.Where(double.IsFinite), Is.EqualTo(SocialCareTelemetry.DurationBuckets));
    }

    [Test]
    public void Library_log_events_keep_their_ids_and_carry_the_trace_context()
    {
        var answered = _capture.Logs.Where(l => l.EventId.Id == 1201).ToList();

        Assert.That(answered, Is.Not.Empty);
        Assert.That(answered.Select(l => l.TraceId), Has.All.Not.EqualTo(default(ActivityTraceId)));
        Assert.That(answered.SelectMany(l => l.Attributes ?? []).Where(a => a.Key == "Outcome").Select(a => a.Value).Distinct(), Does.Contain("social-care.shown").And.Contain("social-care.not-known"));
        Assert.That(_capture.Logs.Select(l => l.EventId.Id), Is.SupersetOf(new[] { 1001, 1102, 1201, 1203, 2001, 3002 }));
    }

    [Test]
    public void Log_records_carry_no_request_scope_once_the_recipe_is_applied()
    {
        Assert.That(_capture.ScopeValues("RequestPath"), Is.Empty);
    }

    // Issue 17: docs/observability.md lists every signal; here, every one the sweep exported from SocialCare's source,
    // meter and log categories.
    [Test]
    public void Every_exported_span_instrument_and_log_event_of_social_care_is_documented()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "observability.md"))
            + File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "architecture.md"));
        var spans = _capture.Spans.Where(s => s.Source.Name == SocialCareTelemetry.Name).Select(s => s.OperationName).Distinct();
        var instruments = _capture.FlushedMetrics.Where(m => m.MeterName == SocialCareTelemetry.Name).Select(m => m.Name).Distinct();
        var events = _capture.Logs.Where(l => l.CategoryName?.StartsWith("SocialCare.", StringComparison.Ordinal) == true).Select(l => $"| {l.EventId.Id} |").Distinct();

        Assert.That(spans.Concat(instruments).Where(name => !document.Contains($"`{name}`", StringComparison.Ordinal)), Is.Empty);
        Assert.That(events.Where(id => !document.Contains(id, StringComparison.Ordinal)), Is.Empty);
        Assert.That(instruments.Count(), Is.GreaterThanOrEqualTo(8), "a sweep that exported nothing proves nothing");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "SocialCare.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("SocialCare.sln is not above the test's folder.");
        }

        return directory.FullName;
    }

    // "k=v,k=v" for each point of the instrument, keys in ordinal order.
    private List<string> Points(string instrument)
    {
        var metric = _capture.FlushedMetrics.SingleOrDefault(m => m.Name == instrument);
        Assert.That(metric, Is.Not.Null, instrument);
        return TelemetryCapture.Points(metric!);
    }

    // Each of the sandbox's faults on demo-full's authority, for one view each; the token faults on its token endpoint.
    private static async Task EverySandboxFaultAsync(DemoHostFactory host, HttpClient client)
    {
        var sandbox = new Uri(host.Services.GetRequiredService<IConfiguration>()["SocialCare:Sandbox:Url"]!);
        using var control = new HttpClient { BaseAddress = sandbox };
        string[] kinds = ["Latency", "Status", "RateLimit", "Hang", "Malformed", "Truncated", "Drop", "InvalidToken", "ExpiredToken", "TokenRefused", "Oversize"];
        foreach (var kind in kinds)
        {
            using (var added = await control.PostAsJsonAsync("_sandbox/faults", new { kind, authority = Hammersmith, delay = "00:00:00.050" }))
            {
                Assert.That(added.IsSuccessStatusCode, Is.True, kind);
            }

            await client.GetAsync(Routes.View(Demo.Full), Demo.TeamProfessional);
            using var cleared = await control.DeleteAsync("_sandbox/faults");
        }
    }
}

extern alias sandbox;

using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;
using SandboxSeed = sandbox::SocialCare.Mosaic.Sandbox.Seed.SandboxSeed;

namespace SocialCare.Api.Tests.Observability;

/// <summary>
/// OpenTelemetry switched on in a test host as a host would: ASP.NET Core and HttpClient instrumentation,
/// <c>AddSocialCareInstrumentation()</c>, and in-memory exporters registered before or after it; with what each
/// exported span, metric point and log record could carry, as text, for the searches of spec §8.
/// </summary>
internal sealed class TelemetryCapture
{
    public List<Activity> Spans { get; } = [];

    public List<MetricSnapshot> Metrics { get; } = [];

    public List<LogRecord> Logs { get; } = [];

    /// <summary>The metrics exported by <see cref="FlushMetrics"/>: every point of every instrument, cumulative.</summary>
    public IReadOnlyList<MetricSnapshot> FlushedMetrics { get; private set; } = [];

    /// <summary>
    /// Exports every instrument's points while the host still runs: once it is disposed, its meters may be disposed
    /// before its meter provider's last export, which would then miss them.
    /// </summary>
    public void FlushMetrics(IServiceProvider services)
    {
        var before = Metrics.Count;
        Assert.That(services.GetRequiredService<MeterProvider>().ForceFlush(), Is.True, "metrics flushed");
        FlushedMetrics = [.. Metrics.Skip(before)];
    }

    /// <summary>
    /// What no exported signal may carry (spec §8): every demo patient and viewer id, the test's own viewers, NHS
    /// numbers as recorded and as written, Mosaic person ids, the seed's names and telephone numbers, the sandbox's
    /// sentinel, and the codes of concealed outcomes.
    /// </summary>
    public static IReadOnlyList<string> Forbidden { get; } = ForbiddenText();

    /// <param name="exportersFirst">The exporters before the instrumentation and <c>AddSocialCareInstrumentation()</c>, or after both.</param>
    /// <param name="includeScopes">Scopes exported with each log record.</param>
    /// <param name="socialCare">False for a host that forgot <c>AddSocialCareInstrumentation()</c>: what it would export.</param>
    public void AddTo(IServiceCollection services, bool exportersFirst, bool includeScopes = true, bool socialCare = true)
    {
        services.AddOpenTelemetry()
            .WithTracing(tracing =>
            {
                if (exportersFirst)
                {
                    tracing.AddInMemoryExporter(Spans);
                    if (socialCare)
                    {
                        tracing.AddSocialCareInstrumentation();
                    }
                }

                tracing.AddAspNetCoreInstrumentation(o => o.RecordException = true).AddHttpClientInstrumentation(o => o.RecordException = true);
                if (!exportersFirst)
                {
                    if (socialCare)
                    {
                        tracing.AddSocialCareInstrumentation();
                    }

                    tracing.AddInMemoryExporter(Spans);
                }
            })
            .WithMetrics(metrics =>
            {
                if (exportersFirst)
                {
                    metrics.AddInMemoryExporter(Metrics).AddSocialCareInstrumentation();
                }

                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (!exportersFirst)
                {
                    metrics.AddSocialCareInstrumentation().AddInMemoryExporter(Metrics);
                }
            })
            .WithLogging(logging => logging.AddInMemoryExporter(Logs), options =>
            {
                options.IncludeScopes = includeScopes;
                options.IncludeFormattedMessage = true;
            });
    }

    /// <summary>Each point of a metric as <c>key=value,key=value</c>, keys in ordinal order.</summary>
    public static List<string> Points(MetricSnapshot metric)
    {
        var points = new List<string>();
        foreach (var point in metric.MetricPoints)
        {
            var tags = new List<string>();
            foreach (var tag in point.Tags)
            {
                tags.Add(Pair(tag));
            }

            points.Add(string.Join(',', tags.Order(StringComparer.Ordinal)));
        }

        return points;
    }

    /// <summary>The values of every exported log record's scope items named <paramref name="key"/>.</summary>
    public List<object?> ScopeValues(string key)
    {
        var values = new List<object?>();
        foreach (var log in Logs)
        {
            log.ForEachScope(
                (scope, found) =>
                {
                    foreach (var item in scope)
                    {
                        if (item.Key == key)
                        {
                            found.Add(item.Value);
                        }
                    }
                },
                values);
        }

        return values;
    }

    /// <summary>Each exported item, as everything an exporter could write of it.</summary>
    public IEnumerable<(string What, string Text)> Everything() =>
        Spans.Select(span => ($"span {span.DisplayName}", SpanText(span)))
            .Concat(Metrics.Select(metric => ($"metric {metric.Name}", MetricText(metric))))
            .Concat(Logs.Select(log => ($"log {log.CategoryName} {log.EventId}", LogText(log))));

    /// <summary>The forbidden text found in any exported item, with where.</summary>
    public List<string> ForbiddenFound() =>
        [.. Everything().SelectMany(item => Forbidden.Where(f => item.Text.Contains(f, StringComparison.OrdinalIgnoreCase)).Select(f => $"{item.What}: {f} in {Around(item.Text, f)}")).Distinct()];

    // The forbidden text with a little of what surrounds it, enough to tell which attribute carried it.
    private static string Around(string text, string found)
    {
        var at = text.IndexOf(found, StringComparison.OrdinalIgnoreCase);
        var from = Math.Max(0, at - 120);
        return text[from..Math.Min(text.Length, at + found.Length + 40)];
    }

    public static string SpanText(Activity span) => string.Join(
        " | ",
        [
            span.DisplayName,
            span.OperationName,
            span.StatusDescription,
            span.TraceStateString,
            .. span.TagObjects.Select(Pair),
            .. span.Baggage.Select(p => $"{p.Key}={p.Value}"),
            .. span.Events.SelectMany(e => e.Tags.Select(Pair).Prepend(e.Name)),
            .. span.Links.SelectMany(l => l.Tags?.Select(Pair) ?? []),
        ]);

    public static string MetricText(MetricSnapshot metric)
    {
        var parts = new List<string> { metric.Name, metric.Description, metric.Unit };
        foreach (var point in metric.MetricPoints)
        {
            foreach (var tag in point.Tags)
            {
                parts.Add(Pair(tag));
            }

            if (point.TryGetExemplars(out var exemplars))
            {
                foreach (var exemplar in exemplars)
                {
                    foreach (var tag in exemplar.FilteredTags)
                    {
                        parts.Add(Pair(tag));
                    }
                }
            }
        }

        return string.Join(" | ", parts);
    }

    public static string LogText(LogRecord log)
    {
        var parts = new List<string?> { log.CategoryName, log.EventId.Name, log.FormattedMessage, log.Body, log.Exception?.ToString() };
        parts.AddRange(log.Attributes?.Select(Pair) ?? []);
        log.ForEachScope(
            (scope, state) =>
            {
                state.Add(scope.Scope?.ToString());
                foreach (var item in scope)
                {
                    state.Add(Pair(item));
                }
            },
            parts);
        return string.Join(" | ", parts);
    }

    // The seed holds hostile items too (a number where a name belongs): only text is searched for.
    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string Pair(KeyValuePair<string, object?> pair) => $"{pair.Key}={pair.Value}";

    private static List<string> ForbiddenText()
    {
        var seed = SandboxSeed.LoadDefault();
        var records = seed.Patients.SelectMany(p => p.Records).ToList();
        var workers = records.SelectMany(r => r.WorkerRelationships ?? []).OfType<JsonObject>().ToList();
        return
        [
            .. Demo.Patients, Demo.UnknownPatient, .. Demo.Viewers, Faults.ExhaustedViewer, BuggyViewerResolver.Viewer,
            FailingPatientDirectory.Viewer, "bad!id",
            .. Leaks.NhsNumbers,
            .. records.Select(r => r.PersonId).Where(id => id.Length > 0).Distinct(),
            .. workers.Select(w => Text(w["workerName"])).OfType<string>().Where(t => t.Length > 3).Distinct(),
            .. workers.Select(w => Text(w["telephone"])).OfType<string>().Where(t => t.Length > 3).Distinct(),
            "SENTINEL-",
            "not-shared", "record-mismatch", "several-persons", "SeveralPersons", "NotShared",
        ];
    }
}

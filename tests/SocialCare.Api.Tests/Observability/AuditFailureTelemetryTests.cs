using Microsoft.Extensions.DependencyInjection;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Telemetry;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Observability;

/// <summary>
/// An audit that cannot be written (spec §1 step 11: nothing is shown) is a failed audit-write span, a point of
/// <c>socialcare.audit.write.failures</c> with its exception's type, and a view answered unavailable: what an alert on
/// audit failures watches (docs/observability.md).
/// </summary>
[NonParallelizable]
public class AuditFailureTelemetryTests
{
    private readonly TelemetryCapture _capture = new();

    [OneTimeSetUp]
    public async Task ViewWhileTheAuditFails()
    {
        await using var host = new DemoHostFactory
        {
            TestServices = services =>
            {
                services.AddSingleton<ISocialCareAuditSink, FailingAuditSink>();
                _capture.AddTo(services, exportersFirst: true);
            },
        };
        using var client = host.CreateClient();
        Assert.That((await client.GetAsync(Routes.View(Demo.Full), Demo.Full)).Status, Is.EqualTo(503));
        _capture.FlushMetrics(host.Services);
    }

    [Test]
    public void Audit_write_failure_is_counted_with_its_error_type()
    {
        var failures = _capture.FlushedMetrics.Single(m => m.Name == SocialCareTelemetry.AuditWriteFailuresInstrument);
        Assert.That(TelemetryCapture.Points(failures), Is.EqualTo(new[] { "error.type=System.IO.IOException,socialcare.surface=record" }));
        Assert.That(failures.MetricPoints.Select(p => p.GetSumLong()), Is.EqualTo(new[] { 1L }));
    }

    [Test]
    public void Audit_write_span_fails_and_the_view_is_answered_unavailable()
    {
        var write = _capture.Spans.Single(s => s.OperationName == SocialCareTelemetry.AuditWriteActivity);
        var view = _capture.Spans.Single(s => s.OperationName == SocialCareTelemetry.ViewActivity);

        Assert.That(write.Status, Is.EqualTo(System.Diagnostics.ActivityStatusCode.Error));
        Assert.That(write.GetTagItem("error.type"), Is.EqualTo("System.IO.IOException"));
        Assert.That(write.ParentSpanId, Is.EqualTo(view.SpanId));
        Assert.That(view.GetTagItem(SocialCareTelemetry.OutcomeTag), Is.EqualTo("social-care.unavailable"));
    }

    private sealed class FailingAuditSink : ISocialCareAuditSink
    {
        public Task WriteAsync(SocialCareAuditEntry entry, CancellationToken cancellationToken) =>
            Task.FromException(new IOException("the audit store is down"));
    }
}

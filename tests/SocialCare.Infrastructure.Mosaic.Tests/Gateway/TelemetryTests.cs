using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Mosaic.Telemetry;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;
using SocialCare.Mosaic.Sandbox.Faults;

namespace SocialCare.Infrastructure.Mosaic.Tests.Gateway;

/// <summary>The <c>SocialCare</c> meter and activity source, and W3C trace context carried to Mosaic.</summary>
public class TelemetryTests : SandboxFixture
{
    [Test]
    public async Task Each_lookup_is_counted_and_timed_by_authority_and_outcome()
    {
        var meters = Host.Services.GetRequiredService<IMeterFactory>();
        using var lookups = new MetricCollector<long>(meters, MosaicTelemetry.Name, MosaicTelemetry.LookupsInstrument);
        using var durations = new MetricCollector<double>(meters, MosaicTelemetry.Name, MosaicTelemetry.DurationInstrument);

        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        await Host.LookupAsync(Boroughs.Hounslow, SeedPeople.Unavailable);

        var measured = lookups.GetMeasurementSnapshot();
        Assert.That(
            measured.Select(m => (m.Tags[MosaicTelemetry.AuthorityTag], m.Tags[MosaicTelemetry.OutcomeTag])),
            Is.EqualTo(new object?[] { ("E09000013", "data"), ("E09000018", "unavailable") }));
        Assert.That(measured[1].Tags[MosaicTelemetry.ErrorTypeTag], Is.EqualTo("ServerError"));
        Assert.That(measured[0].Tags.ContainsKey(MosaicTelemetry.ErrorTypeTag), Is.False);
        Assert.That(durations.GetMeasurementSnapshot().Select(m => m.Value).ToList(), Has.Count.EqualTo(2).And.All.GreaterThan(0));
    }

    // Spec §8: not found, not shared and several persons are one outcome to telemetry, so that nothing tells a
    // concealed outcome from not-known; the true outcome goes to the audit only.
    [Test]
    public async Task Not_found_not_shared_and_several_persons_are_all_counted_as_no_data()
    {
        using var lookups = new MetricCollector<long>(Host.Services.GetRequiredService<IMeterFactory>(), MosaicTelemetry.Name, MosaicTelemetry.LookupsInstrument);

        Assert.That(await Host.LookupAsync(Boroughs.Ealing, SeedPeople.NotKnown), Is.InstanceOf<MosaicLookup.NotFound>());
        Assert.That(await Host.LookupAsync(Boroughs.Harrow, SeedPeople.NotShared), Is.InstanceOf<MosaicLookup.NotShared>());
        Assert.That(await Host.LookupAsync(Boroughs.Hillingdon, SeedPeople.RecordMismatch), Is.InstanceOf<MosaicLookup.SeveralPersons>());

        Assert.That(lookups.GetMeasurementSnapshot().Select(m => m.Tags[MosaicTelemetry.OutcomeTag]), Is.EqualTo(new[] { "no-data", "no-data", "no-data" }));
    }

    [Test]
    public void Lookup_durations_of_5_50_and_500_ms_fall_in_different_buckets()
    {
        // The advice on the instrument is what an OpenTelemetry SDK takes as its buckets.
        using var listener = new MeterListener();
        IReadOnlyList<double>? buckets = null;
        listener.InstrumentPublished = (instrument, _) =>
        {
            if (instrument is Histogram<double> { Name: MosaicTelemetry.DurationInstrument } histogram && instrument.Meter.Name == MosaicTelemetry.Name)
            {
                buckets = histogram.Advice?.HistogramBucketBoundaries;
            }
        };
        listener.Start();
        _ = Host.Services.GetRequiredService<MosaicTelemetry>();

        Assert.That(buckets, Is.Not.Null);
        Assert.That(new[] { 0.005, 0.05, 0.5 }.Select(seconds => buckets!.Count(bound => bound < seconds)).Distinct().Count(), Is.EqualTo(3));
    }

    [Test]
    public async Task Circuit_state_is_observed_per_authority()
    {
        await RestartHostAsync(s =>
        {
            s[GatewayHost.Key(Boroughs.Hammersmith, "Retries")] = "0";
            s[GatewayHost.Key(Boroughs.Hammersmith, "CircuitBreaker:MinimumThroughput")] = "2";
        });
        using var circuits = new MetricCollector<int>(Host.Services.GetRequiredService<IMeterFactory>(), MosaicTelemetry.Name, MosaicTelemetry.CircuitInstrument);
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Authority = "E09000013" });
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);

        circuits.RecordObservableInstruments();

        Assert.That(
            circuits.GetMeasurementSnapshot().Where(m => Equals(m.Tags[MosaicTelemetry.AuthorityTag], "E09000013")).Select(m => m.Value),
            Is.EqualTo(new[] { 1 }));
    }

    [Test]
    public async Task Lookup_is_an_activity_whose_trace_context_reaches_mosaic()
    {
        var stopped = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is MosaicTelemetry.Name or "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Add,
        };
        ActivitySource.AddActivityListener(listener);

        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);

        var lookup = stopped.Single(a => a.OperationName == MosaicTelemetry.LookupActivity);
        Assert.That(lookup.GetTagItem(MosaicTelemetry.AuthorityTag), Is.EqualTo("E09000013"));
        Assert.That(lookup.GetTagItem(MosaicTelemetry.OutcomeTag), Is.EqualTo("data"));
        var traceParents = Sandbox.Requests.Snapshot().Where(r => r.Method == "GET").Select(r => r.TraceParent).ToList();
        Assert.That(traceParents, Has.Count.EqualTo(6));
        Assert.That(traceParents, Has.All.StartsWith("00-" + lookup.TraceId.ToHexString() + "-"));
    }

    [Test]
    public async Task Lookup_its_caller_gave_up_on_is_counted_as_unavailable_because_cancelled()
    {
        // The clock stands still, so only the caller can end the hanging lookup; it gives up once Mosaic holds it.
        await RestartOnATestClockAsync();
        using var lookups = new MetricCollector<long>(Host.Services.GetRequiredService<IMeterFactory>(), MosaicTelemetry.Name, MosaicTelemetry.LookupsInstrument);
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Hang, Authority = "E09000013" });
        using var caller = new CancellationTokenSource();

        var lookup = Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full, caller.Token);
        await ArrivedAsync(SandboxResources.Persons, 1);
        await caller.CancelAsync();

        Assert.That(async () => await lookup.Within(), Throws.InstanceOf<OperationCanceledException>());
        var measured = lookups.GetMeasurementSnapshot();
        Assert.That(measured.Select(m => (m.Tags[MosaicTelemetry.OutcomeTag], m.Tags[MosaicTelemetry.ErrorTypeTag])), Is.EqualTo(new object?[] { ("unavailable", "Cancelled") }));
    }
}

using System.Diagnostics;
using System.Diagnostics.Metrics;
using Polly.CircuitBreaker;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Telemetry;
using SocialCare.Infrastructure.Mosaic.Http;

namespace SocialCare.Infrastructure.Mosaic.Telemetry;

/// <summary>
/// The <c>SocialCare</c> activity source and meter of the Mosaic adapter (docs/observability.md lists every signal):
/// each authority's lookup as <c>data</c>, <c>no-data</c> or <c>unavailable</c> (spec §8: <c>no-data</c> folds not
/// found, not shared and several persons, so that nothing tells a concealed outcome from not-known), with the closed
/// reason as <c>error.type</c>; each authority's circuit and concurrency queue. Tags carry GSS codes and closed
/// values only, never a person.
/// </summary>
public sealed class MosaicTelemetry : IDisposable
{
    public const string Name = SocialCareTelemetry.Name;
    public const string LookupActivity = "SocialCare.Mosaic.Lookup";
    public const string DurationInstrument = "socialcare.mosaic.lookup.duration";
    public const string LookupsInstrument = "socialcare.mosaic.lookups";
    public const string CircuitInstrument = "socialcare.mosaic.circuit.state";
    public const string QueueInstrument = "socialcare.mosaic.concurrency.queue.length";
    public const string AuthorityTag = "socialcare.authority";

    /// <summary><see cref="Data"/>, <see cref="NoData"/> or <see cref="Unavailable"/>.</summary>
    public const string OutcomeTag = "socialcare.lookup.outcome";

    /// <summary>The closed <see cref="UnavailableReason"/> of an unavailable lookup.</summary>
    public const string ErrorTypeTag = SocialCareTelemetry.ErrorTypeTag;

    public const string Data = "data";
    public const string NoData = "no-data";
    public const string Unavailable = "unavailable";

    private readonly ActivitySource _activities = new(Name);
    private readonly Meter _meter;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _lookups;

    public MosaicTelemetry(IMeterFactory meters, MosaicCircuitStates circuits, MosaicConcurrencyQueues queues)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(circuits);
        ArgumentNullException.ThrowIfNull(queues);
        _meter = meters.Create(Name);
        _duration = _meter.CreateHistogram(
            DurationInstrument,
            "s",
            "How long one authority took to answer one lookup, by authority and outcome.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = SocialCareTelemetry.DurationBuckets });
        _lookups = _meter.CreateCounter<long>(LookupsInstrument, "{lookup}", "Lookups by authority and outcome, with error.type when unavailable.");
        _meter.CreateObservableUpDownCounter(
            QueueInstrument,
            () => queues.Snapshot().Select(pair => new Measurement<long>(pair.Value, new KeyValuePair<string, object?>(AuthorityTag, pair.Key))),
            "{request}",
            "Requests waiting for one of an authority's MaxConcurrency places.");
        _meter.CreateObservableGauge(
            CircuitInstrument,
            () => circuits.Snapshot().Select(pair => new Measurement<int>((int)pair.Value, new KeyValuePair<string, object?>(AuthorityTag, pair.Key))),
            "{state}",
            "Each authority's circuit: 0 closed, 1 open, 2 half-open, 3 isolated.");
    }

    internal Activity? StartLookup(string authorityCode)
    {
        var activity = _activities.StartActivity(LookupActivity, ActivityKind.Internal);
        activity?.SetTag(AuthorityTag, authorityCode);
        return activity;
    }

    internal void Record(string authorityCode, MosaicLookup lookup, TimeSpan elapsed, Activity? activity)
    {
        var outcome = FoldedOutcomeOf(lookup);
        var reason = lookup is MosaicLookup.Unavailable unavailable ? unavailable.Reason.ToString() : null;
        var tags = new TagList { { AuthorityTag, authorityCode }, { OutcomeTag, outcome } };
        if (reason is not null)
        {
            tags.Add(ErrorTypeTag, reason);
        }

        _duration.Record(elapsed.TotalSeconds, tags);
        _lookups.Add(1, tags);
        if (activity is not null)
        {
            activity.SetTag(OutcomeTag, outcome);
            if (reason is not null)
            {
                activity.SetTag(ErrorTypeTag, reason);
                activity.SetStatus(ActivityStatusCode.Error, reason);
            }
        }
    }

    /// <summary>A lookup its caller gave up on (the view's deadline, or the caller itself).</summary>
    internal void RecordCancelled(string authorityCode, TimeSpan elapsed, Activity? activity) =>
        Record(authorityCode, new MosaicLookup.Unavailable(UnavailableReason.Cancelled), elapsed, activity);

    /// <summary>What telemetry may say of a lookup (spec §8): data, no-data or unavailable.</summary>
    public static string FoldedOutcomeOf(MosaicLookup lookup) => lookup switch
    {
        MosaicLookup.Found => Data,
        MosaicLookup.Unavailable => Unavailable,
        _ => NoData,
    };

    /// <summary>The true outcome, for the connectivity check a council's engineer runs; never for telemetry.</summary>
    public static string OutcomeOf(MosaicLookup lookup) => lookup switch
    {
        MosaicLookup.Found => "found",
        MosaicLookup.NotShared => "not-shared",
        MosaicLookup.NotFound => "not-found",
        MosaicLookup.SeveralPersons => "several-persons",
        _ => "unavailable",
    };

    public void Dispose()
    {
        _activities.Dispose();
        _meter.Dispose();
    }
}

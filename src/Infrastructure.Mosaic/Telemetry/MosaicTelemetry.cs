using System.Diagnostics;
using System.Diagnostics.Metrics;
using Polly.CircuitBreaker;
using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Mosaic.Http;

namespace SocialCare.Infrastructure.Mosaic.Telemetry;

/// <summary>
/// The <c>SocialCare</c> activity source and meter (names listed in docs/mosaic-contract.md, "Telemetry"). Tags carry
/// authority codes and outcomes only, never a person.
/// </summary>
public sealed class MosaicTelemetry : IDisposable
{
    public const string Name = "SocialCare";
    public const string LookupActivity = "SocialCare.Mosaic.Lookup";
    public const string DurationInstrument = "socialcare.mosaic.lookup.duration";
    public const string LookupsInstrument = "socialcare.mosaic.lookups";
    public const string CircuitInstrument = "socialcare.mosaic.circuit.state";
    public const string AuthorityTag = "socialcare.authority";
    public const string OutcomeTag = "socialcare.mosaic.outcome";
    public const string ReasonTag = "socialcare.mosaic.unavailable_reason";

    /// <summary>The outcome of a lookup that its caller gave up on before it answered.</summary>
    public const string Cancelled = "cancelled";

    private readonly ActivitySource _activities = new(Name);
    private readonly Meter _meter;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _lookups;

    public MosaicTelemetry(IMeterFactory meters, MosaicCircuitStates circuits)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(circuits);
        _meter = meters.Create(Name);
        _duration = _meter.CreateHistogram<double>(DurationInstrument, "s", "How long one authority took to answer one lookup.");
        _lookups = _meter.CreateCounter<long>(LookupsInstrument, "{lookup}", "Lookups by authority and outcome.");
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
        var outcome = OutcomeOf(lookup);
        var reason = lookup is MosaicLookup.Unavailable unavailable ? unavailable.Reason.ToString() : null;
        var tags = new TagList { { AuthorityTag, authorityCode }, { OutcomeTag, outcome } };
        if (reason is not null)
        {
            tags.Add(ReasonTag, reason);
        }

        _duration.Record(elapsed.TotalSeconds, tags);
        _lookups.Add(1, tags);
        if (activity is not null)
        {
            activity.SetTag(OutcomeTag, outcome);
            if (reason is not null)
            {
                activity.SetTag(ReasonTag, reason);
                activity.SetStatus(ActivityStatusCode.Error, reason);
            }
        }
    }

    /// <summary>A lookup its caller gave up on (the view's deadline, or the caller itself).</summary>
    internal void RecordCancelled(string authorityCode, TimeSpan elapsed, Activity? activity)
    {
        var tags = new TagList { { AuthorityTag, authorityCode }, { OutcomeTag, Cancelled } };
        _duration.Record(elapsed.TotalSeconds, tags);
        _lookups.Add(1, tags);
        activity?.SetTag(OutcomeTag, Cancelled);
        activity?.SetStatus(ActivityStatusCode.Error, Cancelled);
    }

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

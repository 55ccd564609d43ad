using System.Diagnostics;
using System.Diagnostics.Metrics;
using SocialCare.Application.Abstractions;

namespace SocialCare.Application.Telemetry;

/// <summary>
/// The <c>SocialCare</c> activity source and meter of the use cases: a span and metrics for each view, its directory
/// call and its audit write (docs/observability.md lists every signal). Every tag value comes from a closed set
/// (surfaces, answered codes, exception type names): never an id, an NHS number or anything a council sent (spec §8).
/// A host collects them with <c>AddSocialCareInstrumentation()</c> (package SocialCare.Infrastructure.OpenTelemetry).
/// </summary>
public sealed class SocialCareTelemetry : IDisposable
{
    /// <summary>The name of SocialCare's <see cref="ActivitySource"/> and <see cref="Meter"/>, in every layer.</summary>
    public const string Name = "SocialCare";

    /// <summary>The span of one view (record, page, access history or tab).</summary>
    public const string ViewActivity = "SocialCare.View";
    /// <summary>The span of the host directory's answer.</summary>
    public const string DirectoryActivity = "SocialCare.Directory";
    /// <summary>The span of the audit write.</summary>
    public const string AuditWriteActivity = "SocialCare.Audit.Write";

    /// <summary>Histogram, seconds: how long a view took.</summary>
    public const string ViewDurationInstrument = "socialcare.view.duration";
    /// <summary>Counter: views, by surface and answered code.</summary>
    public const string ViewsInstrument = "socialcare.views";
    /// <summary>Histogram, seconds: how long an audit write took.</summary>
    public const string AuditWriteDurationInstrument = "socialcare.audit.write.duration";
    /// <summary>Counter: audit writes that failed (the view then fails closed).</summary>
    public const string AuditWriteFailuresInstrument = "socialcare.audit.write.failures";

    /// <summary>Counted by the Api's edge, on this meter: requests refused for the per-viewer rate limit.</summary>
    public const string RateLimitRefusalsInstrument = "socialcare.ratelimit.refusals";

    /// <summary><c>record</c>, <c>page</c>, <c>access-history</c> or <c>tab</c>.</summary>
    public const string SurfaceTag = "socialcare.surface";

    /// <summary>The code the viewer was answered, folded as operator logs fold it (never a concealed outcome).</summary>
    public const string OutcomeTag = "socialcare.outcome";

    /// <summary>How many local authorities a view asked.</summary>
    public const string AuthorityCountTag = "socialcare.authority.count";

    /// <summary>The semantic conventions' attribute for the class of a failure: a closed reason or an exception type name.</summary>
    public const string ErrorTypeTag = "error.type";

    /// <summary>
    /// The key of <see cref="System.Net.Http.HttpRequestMessage.Options"/> under which an adapter names the template of
    /// a request's URL (<c>{mosaic}/v1/persons/{personId}/case-notes</c>): what the host's HttpClient instrumentation
    /// shows instead of the URL once <c>AddSocialCareInstrumentation()</c> is called.
    /// </summary>
    public const string UrlTemplateKey = "SocialCare.UrlTemplate";

    /// <summary>The key under which an adapter names the authority (GSS code) a request is sent to.</summary>
    public const string AuthorityKey = "SocialCare.Authority";

    /// <summary>
    /// Bucket advice for SocialCare's duration histograms (seconds): the semantic conventions' HTTP buckets, fine
    /// from 5 ms to 1 s and on to the view's deadline, so that lookups of 5, 50 and 500 ms fall in different buckets.
    /// </summary>
    public static IReadOnlyList<double> DurationBuckets { get; } = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];

    internal static readonly InstrumentAdvice<double> DurationAdvice = new() { HistogramBucketBoundaries = DurationBuckets };

    private readonly ActivitySource _activities = new(Name);
    private readonly Meter _meter;
    private readonly bool _ownsMeter;
    private readonly Histogram<double> _viewDuration;
    private readonly Counter<long> _views;
    private readonly Histogram<double> _auditDuration;
    private readonly Counter<long> _auditFailures;

    /// <summary>The source and meter, the meter from <paramref name="meters"/> when given (the container's), else its own.</summary>
    /// <param name="meters">The host's meter factory, or null.</param>
    public SocialCareTelemetry(IMeterFactory? meters = null)
    {
        _ownsMeter = meters is null;
        _meter = meters?.Create(Name) ?? new Meter(Name);
        _viewDuration = _meter.CreateHistogram(ViewDurationInstrument, "s", "How long one view took to answer, by surface and answered code.", advice: DurationAdvice);
        _views = _meter.CreateCounter<long>(ViewsInstrument, "{view}", "Views answered, by surface and answered code.");
        _auditDuration = _meter.CreateHistogram(AuditWriteDurationInstrument, "s", "How long one audit write took, with error.type when it failed.", advice: DurationAdvice);
        _auditFailures = _meter.CreateCounter<long>(AuditWriteFailuresInstrument, "{write}", "Audit writes that failed (nothing was shown), by error.type.");
    }

    /// <summary>The <see cref="SurfaceTag"/> of the tab, which is not audited and so has no <see cref="AuditSurface"/>.</summary>
    internal const string TabSurface = "tab";

    internal static string SurfaceOf(AuditSurface surface) => surface switch
    {
        AuditSurface.Record => "record",
        AuditSurface.Page => "page",
        AuditSurface.AccessHistory => "access-history",
        _ => "other",
    };

    /// <summary>Starts the span of one view; the caller says how it was answered (<see cref="ViewSpan.Answered"/>).</summary>
    internal ViewSpan StartView(string surface, TimeProvider time)
    {
        var activity = _activities.StartActivity(ViewActivity, ActivityKind.Internal);
        activity?.SetTag(SurfaceTag, surface);
        return new ViewSpan(this, activity, surface, time);
    }

    internal void ViewAnswered(Activity? activity, string surface, string outcome, int authorityCount, TimeSpan elapsed)
    {
        var tags = new TagList { { SurfaceTag, surface }, { OutcomeTag, outcome } };
        _viewDuration.Record(elapsed.TotalSeconds, tags);
        _views.Add(1, tags);
        if (activity is null)
        {
            return;
        }

        activity.SetTag(OutcomeTag, outcome);
        activity.SetTag(AuthorityCountTag, authorityCount);
        if (IsFailure(outcome))
        {
            activity.SetTag(ErrorTypeTag, outcome);
            activity.SetStatus(ActivityStatusCode.Error, outcome);
        }
    }

    internal Activity? StartDirectory() => _activities.StartActivity(DirectoryActivity, ActivityKind.Internal);

    internal static void Failed(Activity? activity, string errorType)
    {
        activity?.SetTag(ErrorTypeTag, errorType);
        activity?.SetStatus(ActivityStatusCode.Error, errorType);
    }

    internal Activity? StartAuditWrite(string surface)
    {
        var activity = _activities.StartActivity(AuditWriteActivity, ActivityKind.Internal);
        activity?.SetTag(SurfaceTag, surface);
        return activity;
    }

    internal void AuditWritten(Activity? activity, string surface, TimeSpan elapsed, string? errorType)
    {
        var tags = new TagList { { SurfaceTag, surface } };
        if (errorType is not null)
        {
            tags.Add(ErrorTypeTag, errorType);
            _auditFailures.Add(1, tags);
            Failed(activity, errorType);
        }

        _auditDuration.Record(elapsed.TotalSeconds, tags);
    }

    // A bug, or nothing could be shown for a reason of the system's, not of the patient's record.
    private static bool IsFailure(string outcome) =>
        outcome is Errors.SocialCareCodes.Unavailable or Errors.SocialCareCodes.InternalError;

    /// <summary>Disposes the source, and the meter when it is its own.</summary>
    public void Dispose()
    {
        _activities.Dispose();
        if (_ownsMeter)
        {
            _meter.Dispose();
        }
    }
}

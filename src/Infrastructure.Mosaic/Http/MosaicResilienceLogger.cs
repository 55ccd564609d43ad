using Microsoft.Extensions.Logging;
using Polly;
using Polly.Telemetry;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>
/// Logs the resilience pipeline's events in place of Polly's own logging, which writes an exception's message (and
/// the exception) at Warning and Error: .NET's HTTP client quotes a council's bad header or status line in that
/// message, so whatever a council sends, an NHS number included, reached the log. Here an outcome is a status code
/// or an exception's type name, and the rest comes from configuration: nothing a council sends is written. The
/// category stays <c>Polly</c>, so that a host's filters for it apply unchanged; Polly's metrics are left as they are
/// (their tags carry exception types only).
/// </summary>
internal sealed partial class MosaicResilienceLogger(ILogger logger) : TelemetryListener
{
    public const string Category = "Polly";

    public override void Write<TResult, TArgs>(in TelemetryEventArguments<TResult, TArgs> args)
    {
        var level = LevelOf(args.Event.Severity);
        if (level == LogLevel.None || !logger.IsEnabled(level))
        {
            return;
        }

        var pipeline = args.Source.PipelineName ?? "";
        var strategy = args.Source.StrategyName ?? "";
        var outcome = OutcomeOf(args.Outcome);
        if (args.Arguments is ExecutionAttemptArguments attempt)
        {
            LogAttempt(logger, level, pipeline, strategy, attempt.AttemptNumber, outcome, attempt.Handled, attempt.Duration.TotalMilliseconds);
        }
        else
        {
            LogEvent(logger, level, args.Event.EventName, pipeline, strategy, outcome);
        }
    }

    /// <summary>A status code, an exception's type name, or <c>none</c>: never a message, a header or a body.</summary>
    internal static string OutcomeOf<TResult>(Outcome<TResult>? outcome) => outcome switch
    {
        { Exception: { } exception } => exception.GetType().Name,
        { Result: HttpResponseMessage response } => ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "none",
    };

    private static LogLevel LevelOf(ResilienceEventSeverity severity) => severity switch
    {
        ResilienceEventSeverity.Debug => LogLevel.Debug,
        ResilienceEventSeverity.Information => LogLevel.Information,
        ResilienceEventSeverity.Warning => LogLevel.Warning,
        ResilienceEventSeverity.Error => LogLevel.Error,
        ResilienceEventSeverity.Critical => LogLevel.Critical,
        _ => LogLevel.None,
    };

    [LoggerMessage(EventId = 2301, Message = "Resilience event {EventName} in {Pipeline}/{Strategy}: {Outcome}")]
    private static partial void LogEvent(ILogger logger, LogLevel level, string eventName, string pipeline, string strategy, string outcome);

    [LoggerMessage(EventId = 2302, Message = "Attempt {Attempt} in {Pipeline}/{Strategy}: {Outcome}, handled {Handled}, after {ElapsedMs} ms")]
    private static partial void LogAttempt(ILogger logger, LogLevel level, string pipeline, string strategy, int attempt, string outcome, bool handled, double elapsedMs);
}

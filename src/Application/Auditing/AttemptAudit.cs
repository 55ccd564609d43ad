using System.Diagnostics;
using FluentResults;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Configuration;
using SocialCare.Application.Errors;
using SocialCare.Application.Telemetry;

namespace SocialCare.Application.Auditing;

/// <summary>
/// Spec §1 step 11, called by each audited use case with the <see cref="Attempt"/> it made: every attempt, allowed
/// or denied, answered or cut short, is written through <see cref="ISocialCareAuditSink"/> with its true outcome, and
/// an answer whose audit cannot be written is not shown (<c>unavailable</c>).
/// </summary>
[UseCaseService]
internal sealed partial class AttemptAudit(
    ISocialCareAuditSink sink,
    IOptions<SocialCareOptions> options,
    TimeProvider time,
    SocialCareTelemetry telemetry,
    ILogger<AttemptAudit> logger)
{
    /// <summary>
    /// Awaits the attempt's answer and audits it. An attempt the caller gave up (<paramref name="caller"/>) is audited
    /// as <c>cancelled</c>, one that threw (a bug) as <c>internal-error</c>, each with what <paramref name="attempt"/>
    /// had recorded by then, and the exception goes on.
    /// </summary>
    internal async Task<Result<T>> RecordAsync<T>(Attempt attempt, Task<Result<T>> answering, CancellationToken caller)
        where T : IAuditedAnswer
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(answering);

        Result<T> answer;
        try
        {
            answer = await answering.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (caller.IsCancellationRequested)
        {
            await WriteWhileFailingAsync(attempt, AttemptOutcome.CutShort(SocialCareCodes.Cancelled)).ConfigureAwait(false);
            throw;
        }
        catch (Exception)
        {
            await WriteWhileFailingAsync(attempt, AttemptOutcome.CutShort(SocialCareCodes.InternalError)).ConfigureAwait(false);
            throw;
        }

        var outcome = AttemptOutcome.Of(answer);
        try
        {
            await WriteAsync(attempt, outcome).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // Fail closed: what cannot be audited is not shown. Only the type is logged: an exception's message
            // may repeat the ids it was given.
            LogAuditFailed(logger, outcome.Logged, exception.GetType().FullName);
            return Result.Fail(new UnavailableError(outcome.Audience));
        }

        return answer;
    }

    // The write has a budget of its own, the length of the view's, and ignores the caller's token: a caller that
    // gives up must not lose the record, and a sink that hangs must not hold the request.
    private async Task WriteAsync(Attempt attempt, AttemptOutcome outcome)
    {
        var at = time.GetUtcNow();
        var entry = new SocialCareAuditEntry(
            Guid.CreateVersion7(at),
            at,
            attempt.Viewer,
            attempt.Relationships,
            attempt.Patient,
            attempt.Surface,
            attempt.AuthoritiesAsked,
            outcome.TrueCode,
            outcome.AnsweredCode,
            Activity.Current?.TraceId.ToHexString());
        var surface = SocialCareTelemetry.SurfaceOf(attempt.Surface);
        using var activity = telemetry.StartAuditWrite(surface);
        var started = time.GetTimestamp();
        using var budget = new CancellationTokenSource(options.Value.Deadline, time);
        try
        {
            await sink.WriteAsync(entry, budget.Token).WaitAsync(budget.Token).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            telemetry.AuditWritten(activity, surface, time.GetElapsedTime(started), exception.GetType().FullName ?? exception.GetType().Name);
            throw;
        }

        telemetry.AuditWritten(activity, surface, time.GetElapsedTime(started), errorType: null);
    }

    // The attempt already failed; a failing audit is logged and the original failure goes on.
    private async Task WriteWhileFailingAsync(Attempt attempt, AttemptOutcome outcome)
    {
        try
        {
            await WriteAsync(attempt, outcome).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            LogAuditFailed(logger, outcome.Logged, exception.GetType().FullName);
        }
    }

    [LoggerMessage(EventId = 1202, Level = LogLevel.Error, Message = "The audit of a social care view ({Outcome}) could not be written ({ExceptionType}); nothing was shown")]
    private static partial void LogAuditFailed(ILogger logger, string outcome, string? exceptionType);
}

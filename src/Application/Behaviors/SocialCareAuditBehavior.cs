using System.Diagnostics;
using FluentResults;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Configuration;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;

namespace SocialCare.Application.Behaviors;

/// <summary>
/// Spec §1 step 11: every attempt to view a record is audited with its true outcome and the authorities that were
/// asked, whatever happened, and a view whose audit cannot be written is not shown (unavailable). Operators get one
/// log line of codes and counts, and never the true outcome (<see cref="Logged"/>).
/// </summary>
public sealed partial class SocialCareAuditBehavior(
    ISocialCareAuditSink sink,
    IOptions<SocialCareOptions> options,
    TimeProvider time,
    ILogger<SocialCareAuditBehavior> logger) : IPipelineBehavior<GetSocialCareQuery, Result<SocialCareView>>
{
    public async ValueTask<Result<SocialCareView>> Handle(
        GetSocialCareQuery message,
        MessageHandlerDelegate<GetSocialCareQuery, Result<SocialCareView>> next,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(next);

        var record = AttemptRecord.Begin();
        Result<SocialCareView> result;
        try
        {
            result = await next(message, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await WriteWhileFailingAsync(Entry(message, SocialCareCodes.Cancelled, SocialCareCodes.Cancelled, record)).ConfigureAwait(false);
            throw;
        }
        catch (Exception)
        {
            await WriteWhileFailingAsync(Entry(message, SocialCareCodes.InternalError, SocialCareCodes.InternalError, record)).ConfigureAwait(false);
            throw;
        }

        var outcome = Outcome.Of(result);
        var logged = Logged(outcome.AnsweredCode);
        try
        {
            await WriteAsync(Entry(message, outcome.TrueCode, outcome.AnsweredCode, record)).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            // Fail closed: what cannot be audited is not shown. Only the type is logged: an exception's message
            // may repeat the ids it was given.
            LogAuditFailed(logger, logged, exception.GetType().FullName);
            return Result.Fail(new UnavailableError(outcome.Audience));
        }

        LogAttempt(logger, logged, record.AuthoritiesAsked.Count, outcome.SourceCount, outcome.WarningCount);
        return result;
    }

    private SocialCareAuditEntry Entry(GetSocialCareQuery query, string trueOutcome, string answeredCode, AttemptRecord record)
    {
        var at = time.GetUtcNow();
        return new(
            Guid.CreateVersion7(at),
            at,
            query.ViewerId,
            record.Relationships,
            query.PatientId,
            query.Surface,
            record.AuthoritiesAsked,
            trueOutcome,
            answeredCode,
            Activity.Current?.TraceId.ToHexString());
    }

    // The write has a budget of its own, the length of the view's, and ignores the caller's token: a caller that
    // gives up must not lose the record, and a sink that hangs must not hold the request.
    private async Task WriteAsync(SocialCareAuditEntry entry)
    {
        using var budget = new CancellationTokenSource(options.Value.Deadline, time);
        await sink.WriteAsync(entry, budget.Token).WaitAsync(budget.Token).ConfigureAwait(false);
    }

    // The attempt already failed; a failing audit is logged and the original failure goes on.
    private async Task WriteWhileFailingAsync(SocialCareAuditEntry entry)
    {
        try
        {
            await WriteAsync(entry).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            var logged = Logged(entry.AnsweredCode);
            LogAuditFailed(logger, logged, exception.GetType().FullName);
        }
    }

    /// <summary>
    /// The outcome an operator log may carry: the answered code, with the patient's own <c>not-shared</c> and
    /// <c>record-mismatch</c> written as <c>not-known</c>, as everyone else is answered. Either would say that the
    /// person is known to social care, and a log line is joined to a patient by its request scope (the path) or
    /// its time. The true outcome goes to the audit and nowhere else.
    /// </summary>
    internal static string Logged(string answeredCode) =>
        answeredCode is SocialCareCodes.NotShared or SocialCareCodes.RecordMismatch ? SocialCareCodes.NotKnown : answeredCode;

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information,
        Message = "Social care view answered {Outcome}: {AuthorityCount} authorities asked, {SourceCount} sources, {WarningCount} warnings")]
    private static partial void LogAttempt(ILogger logger, string outcome, int authorityCount, int sourceCount, int warningCount);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Error, Message = "The audit of a social care view ({Outcome}) could not be written ({ExceptionType}); nothing was shown")]
    private static partial void LogAuditFailed(ILogger logger, string outcome, string? exceptionType);

    private sealed record Outcome(string TrueCode, string AnsweredCode, Audience Audience, int SourceCount, int WarningCount)
    {
        public static Outcome Of(Result<SocialCareView> result)
        {
            if (result.IsSuccess)
            {
                var view = result.Value;
                return new(SocialCareCodes.Shown, SocialCareCodes.Shown, view.Audience, view.Sources.Count, view.Warnings.Count);
            }

            // Every error the handler returns is a SocialCareError; anything else is a bug worth an exception.
            var error = (SocialCareError)result.Errors[0];
            return new(error.TrueOutcome.Code, error.Code, error.Audience, 0, 0);
        }
    }
}

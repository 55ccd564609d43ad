using System.Diagnostics;
using FluentResults;
using Mediator;
using Microsoft.Extensions.Logging;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Errors;
using SocialCare.Application.SocialCare.GetSocialCare;

namespace SocialCare.Application.Behaviors;

/// <summary>
/// Spec §1 step 11: every attempt to view a record is audited with its true outcome, whatever happened, and a view
/// whose audit cannot be written is not shown (unavailable). Operators get one log line of codes and counts.
/// </summary>
public sealed partial class SocialCareAuditBehavior(ISocialCareAuditSink sink, TimeProvider time, ILogger<SocialCareAuditBehavior> logger)
    : IPipelineBehavior<GetSocialCareQuery, Result<SocialCareView>>
{
    public async ValueTask<Result<SocialCareView>> Handle(
        GetSocialCareQuery message,
        MessageHandlerDelegate<GetSocialCareQuery, Result<SocialCareView>> next,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(next);

        Result<SocialCareView> result;
        try
        {
            result = await next(message, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await WriteWhileFailingAsync(Entry(message, SocialCareCodes.Cancelled, [])).ConfigureAwait(false);
            throw;
        }
        catch (Exception)
        {
            await WriteWhileFailingAsync(Entry(message, SocialCareCodes.InternalError, [])).ConfigureAwait(false);
            throw;
        }

        var attempt = Attempt.Of(result);
        try
        {
            await sink.WriteAsync(Entry(message, attempt.TrueOutcome, attempt.AuthoritiesAsked), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Fail closed: what cannot be audited is not shown. Only the type is logged; see PatientAdmission.
            LogAuditFailed(logger, attempt.TrueOutcome, exception.GetType().FullName);
            return Result.Fail(new UnavailableError(attempt.Audience) { AuthoritiesAsked = attempt.AuthoritiesAsked });
        }

        LogAttempt(logger, attempt.TrueOutcome, attempt.AnsweredAs, attempt.AuthoritiesAsked.Count, attempt.SourceCount, attempt.WarningCount);
        return result;
    }

    private SocialCareAuditEntry Entry(GetSocialCareQuery query, string outcome, IReadOnlyList<string> authoritiesAsked) =>
        new(query.ViewerId, query.PatientId, outcome, authoritiesAsked, Activity.Current?.TraceId.ToHexString(), time.GetUtcNow());

    // The attempt already failed; a failing audit is logged and the original failure goes on.
    private async Task WriteWhileFailingAsync(SocialCareAuditEntry entry)
    {
        try
        {
            await sink.WriteAsync(entry, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            LogAuditFailed(logger, entry.Outcome, exception.GetType().FullName);
        }
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information,
        Message = "Social care view {Outcome} (answered {AnsweredAs}): {AuthorityCount} authorities asked, {SourceCount} sources, {WarningCount} warnings")]
    private static partial void LogAttempt(ILogger logger, string outcome, string answeredAs, int authorityCount, int sourceCount, int warningCount);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Error, Message = "The audit of a social care view ({Outcome}) could not be written ({ExceptionType}); the view was withheld")]
    private static partial void LogAuditFailed(ILogger logger, string outcome, string? exceptionType);

    private sealed record Attempt(string TrueOutcome, string AnsweredAs, Audience Audience, IReadOnlyList<string> AuthoritiesAsked, int SourceCount, int WarningCount)
    {
        public static Attempt Of(Result<SocialCareView> result)
        {
            if (result.IsSuccess)
            {
                var view = result.Value;
                return new(SocialCareCodes.Shown, SocialCareCodes.Shown, view.Audience, view.AuthoritiesAsked, view.Sources.Count, view.Warnings.Count);
            }

            // Every error the handler returns is a SocialCareError; anything else is a bug worth an exception.
            var error = (SocialCareError)result.Errors[0];
            return new(error.TrueOutcome.Code, error.Code, error.Audience, error.AuthoritiesAsked, 0, 0);
        }
    }
}

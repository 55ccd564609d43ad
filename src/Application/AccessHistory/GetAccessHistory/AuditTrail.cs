using FluentResults;
using Microsoft.Extensions.Logging;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.Deadline;
using SocialCare.Domain.Patients;

namespace SocialCare.Application.AccessHistory.GetAccessHistory;

/// <summary>
/// Reads one page of a patient's audit through <see cref="ISocialCareAuditReader"/>. A reader that fails, answers
/// nothing or does not answer within the deadline gives <c>unavailable</c>, worded for the patient.
/// </summary>
[UseCaseService]
internal sealed partial class AuditTrail(ISocialCareAuditReader reader, ILogger<AuditTrail> logger)
{
    internal async Task<Result<SocialCareAuditPage>> ReadAsync(PatientId patient, int pageSize, Guid? before, ViewDeadline deadline)
    {
        var limit = Math.Clamp(pageSize, 1, SocialCareAuditPage.MaxLimit);
        try
        {
            // WaitAsync: a reader that ignores the token still cannot hold the history past its deadline.
            var page = await reader.ReadNewestFirstAsync(patient, limit, before, deadline.Token).WaitAsync(deadline.Token).ConfigureAwait(false);
            if (page is not null)
            {
                return page;
            }

            LogReaderFailed(logger, "no page");
        }
        catch (OperationCanceledException) when (deadline.Token.IsCancellationRequested)
        {
            LogReaderCutShort(logger, deadline.CallerGaveUp ? "the caller gave up" : "the deadline passed");
        }
        catch (Exception exception)
        {
            // The audit store is a port: its failures are an answer here. Only the type is logged; a message may
            // repeat the ids it was given.
            LogReaderFailed(logger, exception.GetType().FullName);
        }

        return Result.Fail(new UnavailableError(Audience.Patient));
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Error, Message = "The audit reader failed ({ExceptionType}); the access history answers unavailable")]
    private static partial void LogReaderFailed(ILogger logger, string? exceptionType);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "The audit reader had not answered when {Why}")]
    private static partial void LogReaderCutShort(ILogger logger, string why);
}

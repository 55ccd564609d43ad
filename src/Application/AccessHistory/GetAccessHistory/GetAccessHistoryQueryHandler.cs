using FluentResults;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Auditing;
using SocialCare.Application.Configuration;
using SocialCare.Application.Errors;
using SocialCare.Application.Telemetry;
using SocialCare.Application.Viewing.Admission;
using SocialCare.Application.Viewing.Deadline;

namespace SocialCare.Application.AccessHistory.GetAccessHistory;

/// <summary>
/// Spec §7: the patient, and only the patient, reads every audited attempt on their record; the reading is itself
/// audited, after it, so it is the newest entry of the next read (docs/architecture.md).
/// </summary>
internal sealed partial class GetAccessHistoryQueryHandler(
    PatientAdmission admission,
    AuditTrail trail,
    ViewerNaming naming,
    AttemptAudit audit,
    IOptions<SocialCareOptions> options,
    TimeProvider time,
    SocialCareTelemetry telemetry,
    ILogger<GetAccessHistoryQueryHandler> logger) : IQueryHandler<GetAccessHistoryQuery, Result<AccessHistoryView>>
{
    public async ValueTask<Result<AccessHistoryView>> Handle(GetAccessHistoryQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var attempt = new Attempt(query.PatientId, query.ViewerId, AuditSurface.AccessHistory);
        using var span = telemetry.StartView(SocialCareTelemetry.SurfaceOf(AuditSurface.AccessHistory), time);

        Result<AccessHistoryView> answer;
        try
        {
            answer = await audit.RecordAsync(attempt, ReadAsync(query, attempt, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            span.Answered(exception is OperationCanceledException ? SocialCareCodes.Cancelled : SocialCareCodes.InternalError, 0);
            throw;
        }

        var (logged, shown) = (AttemptOutcome.Of(answer).Logged, answer.ValueOrDefault);
        span.Answered(logged, 0);
        LogAnswered(logger, logged, shown?.Items.Count ?? 0);
        return answer;
    }

    private async Task<Result<AccessHistoryView>> ReadAsync(GetAccessHistoryQuery query, Attempt attempt, CancellationToken cancellationToken)
    {
        using var deadline = ViewDeadline.Start(options.Value.Deadline, time, cancellationToken);

        var admitted = await admission.AdmitOnlyThePatientAsync(query.PatientId, query.ViewerId, deadline, attempt).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (admitted.IsFailed)
        {
            return Result.Fail<AccessHistoryView>(admitted.Errors);
        }

        var page = await trail.ReadAsync(query.PatientId, query.PageSize, query.Before, deadline).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (page.IsFailed)
        {
            return Result.Fail<AccessHistoryView>(page.Errors);
        }

        var (entries, hasOlder) = page.Value;
        var who = await naming.WhoAsync(entries, query.ViewerId, query.PatientId, deadline).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        AccessHistoryItem[] items = [.. entries.Select((entry, i) => AccessHistoryItem.Of(entry, who[i]))];
        return new AccessHistoryView(query.PatientId, items, hasOlder && items.Length > 0 ? items[^1].Id : null);
    }

    [LoggerMessage(EventId = 1203, Level = LogLevel.Information, Message = "Social care access history answered {Outcome}: {EntryCount} entries")]
    private static partial void LogAnswered(ILogger logger, string outcome, int entryCount);
}

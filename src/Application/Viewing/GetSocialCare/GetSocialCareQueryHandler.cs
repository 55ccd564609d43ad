using FluentResults;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCare.Application.Auditing;
using SocialCare.Application.Configuration;
using SocialCare.Application.Errors;
using SocialCare.Application.Policies;
using SocialCare.Application.Telemetry;
using SocialCare.Application.Viewing.Admission;
using SocialCare.Application.Viewing.Deadline;

namespace SocialCare.Application.Viewing.GetSocialCare;

/// <summary>Spec §1 steps 3–10 in that order, and step 11: the attempt, whatever it ends in, is audited.</summary>
internal sealed partial class GetSocialCareQueryHandler(
    PatientAdmission admission,
    AuthorityFanOut fanOut,
    SocialCareViewBuilder viewBuilder,
    AttemptAudit audit,
    IOptions<SocialCareOptions> options,
    TimeProvider time,
    SocialCareTelemetry telemetry,
    ILogger<GetSocialCareQueryHandler> logger) : IQueryHandler<GetSocialCareQuery, Result<SocialCareView>>
{
    public async ValueTask<Result<SocialCareView>> Handle(GetSocialCareQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var attempt = new Attempt(query.PatientId, query.ViewerId, query.Surface);
        using var span = telemetry.StartView(SocialCareTelemetry.SurfaceOf(query.Surface), time);

        Result<SocialCareView> answer;
        try
        {
            answer = await audit.RecordAsync(attempt, ViewAsync(query, attempt, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            span.Answered(exception is OperationCanceledException ? SocialCareCodes.Cancelled : SocialCareCodes.InternalError, attempt.AuthoritiesAsked.Count);
            throw;
        }

        var (logged, shown) = (AttemptOutcome.Of(answer).Logged, answer.ValueOrDefault);
        span.Answered(logged, attempt.AuthoritiesAsked.Count);
        LogAnswered(logger, logged, attempt.AuthoritiesAsked.Count, shown?.Sources.Count ?? 0, shown?.Warnings.Count ?? 0);
        return answer;
    }

    private async Task<Result<SocialCareView>> ViewAsync(GetSocialCareQuery query, Attempt attempt, CancellationToken cancellationToken)
    {
        using var deadline = ViewDeadline.Start(options.Value.Deadline, time, cancellationToken);

        var admitted = await admission.AdmitAsync(query.PatientId, query.ViewerId, deadline, attempt).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (admitted.IsFailed)
        {
            return Result.Fail<SocialCareView>(admitted.Errors);
        }

        var (facts, audience, authoritiesInPilot) = admitted.Value;
        var nhsNumber = NhsNumberPolicy.Evaluate(facts.RecordedNhsNumber, audience);
        if (nhsNumber.IsFailed)
        {
            return Result.Fail<SocialCareView>(nhsNumber.Errors);
        }

        var authorities = AuthoritySelectionPolicy.AuthoritiesToAsk(authoritiesInPilot, facts);
        attempt.Asked(authorities); // before any is asked: a council may have the NHS number even if the view is cut short
        var answers = await fanOut.AskAsync(authorities, nhsNumber.Value, deadline).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        var view = viewBuilder.Combine(query.PatientId, audience, answers);
        return AudiencePolicy.Conceal(view, audience);
    }

    // One line per answered attempt, with what the viewer was answered (the audit's fail-closed unavailable included).
    [LoggerMessage(EventId = 1201, Level = LogLevel.Information,
        Message = "Social care view answered {Outcome}: {AuthorityCount} authorities asked, {SourceCount} sources, {WarningCount} warnings")]
    private static partial void LogAnswered(ILogger logger, string outcome, int authorityCount, int sourceCount, int warningCount);
}

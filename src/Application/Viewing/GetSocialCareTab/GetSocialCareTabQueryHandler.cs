using FluentResults;
using Mediator;
using Microsoft.Extensions.Options;
using SocialCare.Application.Configuration;
using SocialCare.Application.Errors;
using SocialCare.Application.Telemetry;
using SocialCare.Application.Viewing.Admission;
using SocialCare.Application.Viewing.Deadline;

namespace SocialCare.Application.Viewing.GetSocialCareTab;

/// <summary>
/// Spec §1 steps 3–5 only, through the same admission as the view. Hidden is an answer, not an error; the only
/// failure is a directory that cannot answer.
/// </summary>
internal sealed class GetSocialCareTabQueryHandler(
    PatientAdmission admission,
    IOptions<SocialCareOptions> options,
    TimeProvider time,
    SocialCareTelemetry telemetry) : IQueryHandler<GetSocialCareTabQuery, Result<SocialCareTab>>
{
    public async ValueTask<Result<SocialCareTab>> Handle(GetSocialCareTabQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var span = telemetry.StartView(SocialCareTelemetry.TabSurface, time);
        try
        {
            var answer = await DecideAsync(query, cancellationToken).ConfigureAwait(false);
            span.Answered(answer.IsSuccess ? answer.Value.Reason ?? SocialCareCodes.Shown : ((SocialCareError)answer.Errors[0]).Code, 0);
            return answer;
        }
        catch (Exception exception)
        {
            span.Answered(exception is OperationCanceledException ? SocialCareCodes.Cancelled : SocialCareCodes.InternalError, 0);
            throw;
        }
    }

    private async Task<Result<SocialCareTab>> DecideAsync(GetSocialCareTabQuery query, CancellationToken cancellationToken)
    {
        using var deadline = ViewDeadline.Start(options.Value.Deadline, time, cancellationToken);

        var admitted = await admission.AdmitAsync(query.PatientId, query.ViewerId, deadline).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (admitted.IsSuccess)
        {
            return SocialCareTab.Shown;
        }

        return admitted.Errors[0] is AccessDeniedError or NotInPilotError
            ? SocialCareTab.HiddenBecause(((SocialCareError)admitted.Errors[0]).Code)
            : Result.Fail<SocialCareTab>(admitted.Errors);
    }
}

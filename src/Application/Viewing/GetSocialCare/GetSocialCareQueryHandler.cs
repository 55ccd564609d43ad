using FluentResults;
using Mediator;
using Microsoft.Extensions.Options;
using SocialCare.Application.Configuration;
using SocialCare.Application.Policies;
using SocialCare.Application.Viewing.Admission;
using SocialCare.Application.Viewing.Deadline;

namespace SocialCare.Application.Viewing.GetSocialCare;

/// <summary>Spec §1 steps 3–10, in that order; step 11, the audit, wraps this handler.</summary>
public sealed class GetSocialCareQueryHandler(
    PatientAdmission admission,
    AuthorityFanOut fanOut,
    SocialCareViewBuilder viewBuilder,
    IOptions<SocialCareOptions> options,
    TimeProvider time) : IQueryHandler<GetSocialCareQuery, Result<SocialCareView>>
{
    public async ValueTask<Result<SocialCareView>> Handle(GetSocialCareQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var deadline = ViewDeadline.Start(options.Value.Deadline, time, cancellationToken);

        var admitted = await admission.AdmitAsync(query.PatientId, query.ViewerId, deadline).ConfigureAwait(false);
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
        var answers = await fanOut.AskAsync(authorities, nhsNumber.Value, deadline).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();

        var view = viewBuilder.Combine(query.PatientId, audience, answers);
        return AudiencePolicy.Conceal(view, audience);
    }
}

using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Api.Answers;
using SocialCare.Api.Contracts;
using SocialCare.Api.Edge;
using SocialCare.Api.Http;
using SocialCare.Application;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Application.Viewing.GetSocialCareTab;

namespace SocialCare.Api.Endpoints;

/// <summary>
/// The JSON routes: a patient's record (spec §3) and whether their Social care tab shows. They run behind the edge
/// filters that <c>MapSocialCare</c> puts on every route: the patient id is well-formed, the viewer known
/// (<see cref="EdgeRequest"/>) and a permit taken.
/// </summary>
internal static class RecordEndpoints
{
    /// <summary><c>GET {prefix}/api/v1/patients/{patientId}/social-care</c>.</summary>
    public static async Task<Results<JsonAnswer<SocialCareResponse>, ProblemAnswer>> GetRecordAsync(
        string patientId,
        EdgeRequest edge,
        [FromKeyedServices(SocialCareMediator.ServiceKey)] ISender sender,
        UserMessageCatalogue messages,
        ErrorAnswers answers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edge);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(answers);
        var result = await sender.Send(new GetSocialCareQuery(AddressFilter.Admitted(patientId), edge.Viewer), cancellationToken).ConfigureAwait(false);
        if (result.IsFailed)
        {
            return answers.Problem(ErrorAnswers.ErrorOf(result), edge);
        }

        return new JsonAnswer<SocialCareResponse>(
            SocialCareViewTranslator.ToResponse(result.Value, messages),
            SocialCareJsonContext.Default.SocialCareResponse);
    }

    /// <summary><c>GET {prefix}/api/v1/patients/{patientId}/social-care/tab</c>.</summary>
    public static async Task<Results<JsonAnswer<SocialCareTabResponse>, ProblemAnswer>> GetTabAsync(
        string patientId,
        EdgeRequest edge,
        [FromKeyedServices(SocialCareMediator.ServiceKey)] ISender sender,
        ErrorAnswers answers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edge);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(answers);
        var result = await sender.Send(new GetSocialCareTabQuery(AddressFilter.Admitted(patientId), edge.Viewer), cancellationToken).ConfigureAwait(false);
        if (result.IsFailed)
        {
            return answers.Problem(ErrorAnswers.ErrorOf(result), edge);
        }

        var tab = result.Value;
        return new JsonAnswer<SocialCareTabResponse>(new(tab.Visible, tab.Reason), SocialCareJsonContext.Default.SocialCareTabResponse);
    }
}

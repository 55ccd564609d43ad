using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Api.Answers;
using SocialCare.Api.Contracts;
using SocialCare.Api.Edge;
using SocialCare.Api.Http;
using SocialCare.Api.Page;
using SocialCare.Application;
using SocialCare.Application.AccessHistory.GetAccessHistory;

namespace SocialCare.Api.Endpoints;

/// <summary>
/// The patient's access history (spec §7), as JSON and as a page: the same query, <see cref="GetAccessHistoryQuery"/>,
/// which answers the patient only and everyone else exactly as the record answers a viewer without access. They run
/// behind the edge filters that <c>MapSocialCare</c> puts on every route: the patient id and the paging are
/// well-formed (<see cref="HistoryPaging"/>), the viewer known (<see cref="EdgeRequest"/>) and a permit taken.
/// </summary>
internal static class AccessHistoryEndpoints
{
    /// <summary><c>GET {prefix}/api/v1/patients/{patientId}/social-care/access-history</c>, optionally <c>?before={id}&amp;pageSize={n}</c>.</summary>
    public static async Task<Results<JsonAnswer<AccessHistoryResponse>, ProblemAnswer>> GetAccessHistoryAsync(
        string patientId,
        EdgeRequest edge,
        HttpRequest request,
        [FromKeyedServices(SocialCareMediator.ServiceKey)] ISender sender,
        ErrorAnswers answers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edge);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(answers);
        var paging = HistoryPaging.Admitted(request.Query, pageSizeAllowed: true);
        var result = await sender.Send(Query(patientId, edge, paging), cancellationToken).ConfigureAwait(false);
        if (result.IsFailed)
        {
            return answers.Problem(ErrorAnswers.ErrorOf(result), edge);
        }

        return new JsonAnswer<AccessHistoryResponse>(
            AccessHistoryTranslator.ToResponse(result.Value),
            SocialCareJsonContext.Default.AccessHistoryResponse);
    }

    /// <summary><c>GET {prefix}/patients/{patientId}/social-care/access-history</c>, optionally <c>?before={id}</c>.</summary>
    public static async Task<HtmlAnswer> GetAccessHistoryPageAsync(
        string patientId,
        EdgeRequest edge,
        HttpRequest request,
        [FromKeyedServices(SocialCareMediator.ServiceKey)] ISender sender,
        ErrorAnswers answers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edge);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(answers);
        var paging = HistoryPaging.Admitted(request.Query, pageSizeAllowed: false);
        var result = await sender.Send(Query(patientId, edge, paging), cancellationToken).ConfigureAwait(false);
        if (result.IsFailed)
        {
            return answers.Page(ErrorAnswers.ErrorOf(result), edge);
        }

        var view = result.Value;
        var html = AccessHistoryPage.ForView(
            view,
            new PageRequest(PatientPages.AccessHistory(request, edge, view.PatientId), edge.AssetBase, null),
            PatientPages.Record(request, edge, view.PatientId),
            older: paging.Before is not null);
        return new HtmlAnswer(StatusCodes.Status200OK, html);
    }

    private static GetAccessHistoryQuery Query(string patientId, EdgeRequest edge, HistoryPaging paging) =>
        new(AddressFilter.Admitted(patientId), edge.Viewer, paging.PageSize, paging.Before);
}

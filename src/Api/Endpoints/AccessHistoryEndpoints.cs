using FluentResults;
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
        ArgumentNullException.ThrowIfNull(answers);
        var (_, result) = await SendAsync(patientId, edge, request, sender, pageSizeAllowed: true, cancellationToken).ConfigureAwait(false);
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
        ArgumentNullException.ThrowIfNull(answers);
        var (paging, result) = await SendAsync(patientId, edge, request, sender, pageSizeAllowed: false, cancellationToken).ConfigureAwait(false);
        if (result.IsFailed)
        {
            return answers.Page(ErrorAnswers.ErrorOf(result), edge);
        }

        var view = result.Value;
        var html = PageContent.ForAccessHistory(
            view,
            new PageRequest(PatientPages.AccessHistory(request, edge, view.PatientId), edge.AssetBase, null),
            PatientPages.Record(request, edge, view.PatientId),
            older: paging.Before is not null);
        return new HtmlAnswer(StatusCodes.Status200OK, html);
    }

    /// <summary>The one query of both routes, with the paging the address filter admitted (the page takes no page size).</summary>
    private static async Task<(HistoryPaging Paging, Result<AccessHistoryView> Result)> SendAsync(
        string patientId, EdgeRequest edge, HttpRequest request, ISender sender, bool pageSizeAllowed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edge);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sender);
        var paging = HistoryPaging.Admitted(request.Query, pageSizeAllowed);
        var query = new GetAccessHistoryQuery(AddressFilter.Admitted(patientId), edge.Viewer, paging.PageSize, paging.Before);
        return (paging, await sender.Send(query, cancellationToken).ConfigureAwait(false));
    }
}

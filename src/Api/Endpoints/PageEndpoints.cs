using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialCare.Api.Answers;
using SocialCare.Api.Edge;
using SocialCare.Api.Page;
using SocialCare.Application;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Configuration;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;

namespace SocialCare.Api.Endpoints;

/// <summary>
/// The Social care page: the same decision as the record, rendered on the server, with the status the API gives.
/// It runs behind the edge filters that <c>MapSocialCare</c> puts on every route: the patient id and the query are
/// well-formed, the viewer known (<see cref="EdgeRequest"/>) and a permit taken.
/// </summary>
internal static class PageEndpoints
{
    /// <summary><c>GET {prefix}/patients/{patientId}/social-care</c>, optionally <c>?full={list}</c>.</summary>
    public static async Task<HtmlAnswer> GetPageAsync(
        string patientId,
        EdgeRequest edge,
        HttpRequest request,
        [FromKeyedServices(SocialCareMediator.ServiceKey)] ISender sender,
        UserMessageCatalogue messages,
        IOptions<SocialCareOptions> options,
        ErrorAnswers answers,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(edge);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(answers);
        var result = await sender.Send(new GetSocialCareQuery(AddressFilter.Admitted(patientId), edge.Viewer, AuditSurface.Page), cancellationToken).ConfigureAwait(false);
        if (result.IsFailed)
        {
            return answers.Page(ErrorAnswers.ErrorOf(result), edge);
        }

        // The address filter has already refused any other query.
        PageRequest.TryReadFull(request.Query, out var full);
        var view = result.Value;

        // A council that could not be reached sends the reader to support: give them the reference to quote.
        var reference = view.Warnings.Any(w => w.Code == SocialCareCodes.AuthorityUnavailableWarning) ? edge.TraceId : null;
        var html = PageContent.ForView(
            view,
            new PageRequest(edge.PagePath, edge.AssetBase, full),
            warning => messages.Describe(warning.Code, view.Audience, warning.LocalAuthority.Name),
            options.Value.SupportUrl,
            reference,
            PatientPages.AccessHistory(request, edge, view.PatientId));
        return new HtmlAnswer(StatusCodes.Status200OK, html);
    }
}

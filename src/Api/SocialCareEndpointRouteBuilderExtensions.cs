using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Api.Answers;
using SocialCare.Api.Contracts;
using SocialCare.Api.Edge;
using SocialCare.Api.Endpoints;
using SocialCare.Api.Http;

namespace Microsoft.AspNetCore.Builder;

public static class SocialCareEndpointRouteBuilderExtensions
{
    private const string RecordPattern = "/api/v1/patients/{" + AddressFilter.PatientIdParameter + "}/social-care";
    private const string TabPattern = RecordPattern + "/tab";
    private const string PagePattern = "/patients/{" + AddressFilter.PatientIdParameter + "}/social-care";
    private const string HistoryPattern = RecordPattern + "/access-history";
    private const string HistoryPagePattern = PagePattern + "/access-history";
    private const string AssetsPattern = SocialCareAssets.RoutePrefix + "/{**path}";
    internal const string Tag = "Social care";

    /// <summary>
    /// Maps SocialCare under <paramref name="prefix"/> (empty, or a path such as <c>/social</c>):
    /// <c>GET {prefix}/api/v1/patients/{patientId}/social-care</c> (spec §3's JSON),
    /// <c>GET {prefix}/api/v1/patients/{patientId}/social-care/tab</c>,
    /// <c>GET {prefix}/patients/{patientId}/social-care</c> (the page),
    /// <c>GET {prefix}/api/v1/patients/{patientId}/social-care/access-history</c> and
    /// <c>GET {prefix}/patients/{patientId}/social-care/access-history</c> (spec §7's access history, JSON and page),
    /// and the page's files under
    /// <c>{prefix}/social-care-assets/</c>. These routes write every response themselves, headers included: any
    /// other method is a 405 problem, and an exception inside them a 500 <c>social-care.internal-error</c>. The
    /// host's exception handler, ProblemDetails, OpenAPI and mediator are left alone. Requires
    /// <c>AddSocialCare</c>.
    /// </summary>
    /// <returns>The group of SocialCare's routes, for the host's own conventions.</returns>
    public static RouteGroupBuilder MapSocialCare(this IEndpointRouteBuilder endpoints, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        if (prefix.Length > 0 && (prefix[0] != '/' || prefix[^1] == '/' || prefix.Contains('{', StringComparison.Ordinal)))
        {
            throw new ArgumentException("The prefix is empty or a path that starts with '/' and does not end with one, such as /social.", nameof(prefix));
        }

        if (endpoints.ServiceProvider.GetService<ErrorAnswers>() is null)
        {
            throw new InvalidOperationException("Call services.AddSocialCare(configuration) before MapSocialCare.");
        }

        var group = endpoints.MapGroup(prefix);
        var api = EdgeRoute.Api(prefix);
        var page = EdgeRoute.Page(prefix);
        var historyApi = EdgeRoute.HistoryApi(prefix);
        var historyPage = EdgeRoute.HistoryPage(prefix);

        // The edge, in spec §1's order: every answer of these routes passes it, and each filter may answer instead of
        // what follows it. The endpoints see only requests it has admitted (EdgeRequest).
        var edge = group.MapGroup("")
            .AddEndpointFilter<EdgeGuardFilter>()        // trace id, protective headers; writes the answer; a bug: 500
            .AddEndpointFilter<ExactGetFilter>()         // 405 method-not-allowed unless the method is exactly GET
            .AddEndpointFilter<AddressFilter>()          // 400 bad-request: the patient id, the query
            .AddEndpointFilter<ViewerFilter>()           // 401 unauthenticated: ISocialCareViewerResolver
            .AddEndpointFilter<ViewerRateLimitFilter>(); // 429 rate-limited: one permit of the viewer's

        edge.MapGet(RecordPattern, RecordEndpoints.GetRecordAsync)
            .WithMetadata(api)
            .WithName("GetSocialCare")
            .WithSummary("A patient's social care record, fresh from Mosaic")
            .WithDescription("Spec §1's decision for one view: the record from every local authority asked, filtered and ordered, with warnings; or a problem whose detail is the viewer's message. Never cached.")
            .WithTags(Tag)
            .ProducesProblems(ErrorAnswers.ViewStatuses);
        edge.MapGet(TabPattern, RecordEndpoints.GetTabAsync)
            .WithMetadata(api)
            .WithName("GetSocialCareTab")
            .WithSummary("Whether the Social care tab shows for this viewer and patient")
            .WithDescription("Spec §1 steps 1–5 only; asks no Mosaic. Hidden is a 200 with the reason access-denied or not-in-pilot.")
            .WithTags(Tag)
            .ProducesProblems(ErrorAnswers.TabStatuses);
        var pageEndpoint = edge.MapGet(PagePattern, PageEndpoints.GetPageAsync)
            .WithMetadata(page)
            .WithName("GetSocialCarePage")
            .WithSummary("The Social care page")
            .WithDescription("Server-rendered HTML of the same decision, with the same status as the API. Optional query: full=social-workers|care-packages|assessments|case-notes|communication-needs shows that list in full.")
            .WithTags(Tag)
            // Typed as string: without a type, the OpenAPI document drops the content type and shows no body at all.
            .Produces<string>(StatusCodes.Status200OK, "text/html");
        foreach (var status in ErrorAnswers.ViewStatuses)
        {
            pageEndpoint.Produces<string>(status, "text/html");
        }

        edge.MapGet(HistoryPattern, AccessHistoryEndpoints.GetAccessHistoryAsync)
            .WithMetadata(historyApi)
            .WithName("GetSocialCareAccessHistory")
            .WithSummary("Who has looked at the patient's social care information, newest first")
            .WithDescription("Spec §7, for the patient only: every audited attempt on their record, by anyone, allowed or denied, in plain words; everyone else gets the record's access-denied answer. Optional query: before={olderBefore of the page before} and pageSize=1..100 (default 20). Reading it is itself audited. Never cached.")
            .WithTags(Tag)
            .ProducesProblems(ErrorAnswers.HistoryStatuses);
        var historyPageEndpoint = edge.MapGet(HistoryPagePattern, AccessHistoryEndpoints.GetAccessHistoryPageAsync)
            .WithMetadata(historyPage)
            .WithName("GetSocialCareAccessHistoryPage")
            .WithSummary("The patient's access history page")
            .WithDescription("Server-rendered HTML of the same answer, with the same status as the API, 20 entries a page. Optional query: before={id} shows the entries older than that one.")
            .WithTags(Tag)
            .Produces<string>(StatusCodes.Status200OK, "text/html");
        foreach (var status in ErrorAnswers.HistoryStatuses)
        {
            historyPageEndpoint.Produces<string>(status, "text/html");
        }

        // Any other method, HEAD included, so that ExactGetFilter answers it rather than routing's own empty 405;
        // ordered after the GETs, so that a GET never reaches them.
        edge.Map(RecordPattern, ExactGetFilter.OtherMethod).WithMetadata(api).WithOrder(1).ExcludeFromDescription();
        edge.Map(TabPattern, ExactGetFilter.OtherMethod).WithMetadata(api).WithOrder(1).ExcludeFromDescription();
        edge.Map(PagePattern, ExactGetFilter.OtherMethod).WithMetadata(page).WithOrder(1).ExcludeFromDescription();
        edge.Map(HistoryPattern, ExactGetFilter.OtherMethod).WithMetadata(historyApi).WithOrder(1).ExcludeFromDescription();
        edge.Map(HistoryPagePattern, ExactGetFilter.OtherMethod).WithMetadata(historyPage).WithOrder(1).ExcludeFromDescription();

        // The page's files: the same for everyone and cacheable, so outside the edge (no viewer, no rate limit).
        group.MapGet(AssetsPattern, SocialCareAssets.ServeAsync).ExcludeFromDescription();
        group.Map(AssetsPattern, SocialCareAssets.MethodNotAllowed).WithOrder(1).ExcludeFromDescription();
        return group;
    }

    private static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder builder, IEnumerable<int> statuses)
    {
        foreach (var status in statuses)
        {
            builder.Produces<SocialCareProblem>(status, "application/problem+json");
        }

        return builder;
    }
}

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Api.Contracts;
using SocialCare.Api.Endpoints;
using SocialCare.Api.Http;

namespace Microsoft.AspNetCore.Builder;

public static class SocialCareEndpointRouteBuilderExtensions
{
    private const string ViewPattern = "/api/v1/patients/{patientId}/social-care";
    private const string TabPattern = "/api/v1/patients/{patientId}/social-care/tab";
    private const string PagePattern = "/patients/{patientId}/social-care";
    private const string AssetsPattern = SocialCareAssets.RoutePrefix + "/{**path}";
    private const string Tag = "Social care";

    /// <summary>
    /// Maps SocialCare under <paramref name="prefix"/> (empty, or a path such as <c>/social</c>):
    /// <c>GET {prefix}/api/v1/patients/{patientId}/social-care</c> (spec §3's JSON),
    /// <c>GET {prefix}/api/v1/patients/{patientId}/social-care/tab</c>,
    /// <c>GET {prefix}/patients/{patientId}/social-care</c> (the page) and the page's files under
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

        var handler = endpoints.ServiceProvider.GetService<SocialCareEndpointHandler>()
            ?? throw new InvalidOperationException("Call services.AddSocialCare(configuration) before MapSocialCare.");
        var group = endpoints.MapGroup(prefix);

        group.MapGet(ViewPattern, (HttpContext context, string patientId) => handler.ViewAsync(context, patientId, prefix))
            .WithName("GetSocialCare")
            .WithSummary("A patient's social care record, fresh from Mosaic")
            .WithDescription("Spec §1's decision for one view: the record from every local authority asked, filtered and ordered, with warnings; or a problem whose detail is the viewer's message. Never cached.")
            .WithTags(Tag)
            .Produces<SocialCareResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblems(SocialCareStatus.OfView);
        group.MapGet(TabPattern, (HttpContext context, string patientId) => handler.TabAsync(context, patientId, prefix))
            .WithName("GetSocialCareTab")
            .WithSummary("Whether the Social care tab shows for this viewer and patient")
            .WithDescription("Spec §1 steps 1–5 only; asks no Mosaic. Hidden is a 200 with the reason access-denied or not-in-pilot.")
            .WithTags(Tag)
            .Produces<SocialCareTabResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblems(SocialCareStatus.OfTab);
        var page = group.MapGet(PagePattern, (HttpContext context, string patientId) => handler.PageAsync(context, patientId, prefix))
            .WithName("GetSocialCarePage")
            .WithSummary("The Social care page")
            .WithDescription("Server-rendered HTML of the same decision, with the same status as the API. Optional query: full=social-workers|care-packages|assessments|case-notes|communication-needs shows that list in full.")
            .WithTags(Tag)
            // Typed as string: without a type, the OpenAPI document drops the content type and shows no body at all.
            .Produces<string>(StatusCodes.Status200OK, "text/html");
        foreach (var status in SocialCareStatus.OfView)
        {
            page.Produces<string>(status, "text/html");
        }

        // Any other method, HEAD included: ordered after the GETs so that a GET never reaches it.
        group.Map(ViewPattern, (HttpContext context) => handler.MethodNotAllowedAsync(context, Surface.Api, prefix)).WithOrder(1).ExcludeFromDescription();
        group.Map(TabPattern, (HttpContext context) => handler.MethodNotAllowedAsync(context, Surface.Api, prefix)).WithOrder(1).ExcludeFromDescription();
        group.Map(PagePattern, (HttpContext context) => handler.MethodNotAllowedAsync(context, Surface.Page, prefix)).WithOrder(1).ExcludeFromDescription();

        var headers = endpoints.ServiceProvider.GetRequiredService<SocialCareHeaders>();
        group.MapGet(AssetsPattern, (HttpContext context, string? path) => SocialCareAssets.ServeAsync(context, path, headers))
            .ExcludeFromDescription();
        group.Map(AssetsPattern, (HttpContext context) => SocialCareAssets.MethodNotAllowed(context, headers)).WithOrder(1).ExcludeFromDescription();
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

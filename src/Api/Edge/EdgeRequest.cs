using Microsoft.AspNetCore.Http;
using SocialCare.Api.Http;
using SocialCare.Domain.Viewers;

namespace SocialCare.Api.Edge;

/// <summary>
/// What SocialCare's edge has established about one request, for the filters after it and the endpoint at the end:
/// its route and trace id (<see cref="EdgeGuardFilter"/>), then the viewer (<see cref="ViewerFilter"/>). One per
/// request (scoped): the filters and the endpoint take the same one as a parameter. Endpoints run only behind those
/// filters, so reading a member before its filter has set it is a bug, and throws.
/// </summary>
internal sealed class EdgeRequest
{
    private EdgeRoute? _route;
    private string? _traceId;
    private string? _pagePath;
    private string? _assetBase;
    private ViewerId? _viewer;

    public EdgeRoute Route => _route ?? throw NotYet(nameof(Route));

    public Surface Surface => Route.Surface;

    /// <summary>The W3C trace id quoted in problems and pages, and written to the audit (<see cref="RequestTrace"/>).</summary>
    public string TraceId => _traceId ?? throw NotYet(nameof(TraceId));

    /// <summary>The address the request came to, path base included: the page links to itself with it.</summary>
    public string PagePath => _pagePath ?? throw NotYet(nameof(PagePath));

    /// <summary>Where the page's files are served: <c>{path base}{prefix}/social-care-assets</c>.</summary>
    public string AssetBase => _assetBase ?? throw NotYet(nameof(AssetBase));

    public ViewerId Viewer => _viewer ?? throw NotYet(nameof(Viewer));

    public void Begin(HttpContext context, EdgeRoute route, string traceId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        _route = route;
        _traceId = traceId;
        _pagePath = request.PathBase.Add(request.Path).Value ?? "";
        _assetBase = request.PathBase.Add(route.Prefix + SocialCareAssets.RoutePrefix).Value ?? SocialCareAssets.RoutePrefix;
    }

    public void Admit(ViewerId viewer) => _viewer = viewer;

    private static InvalidOperationException NotYet(string member) =>
        new($"EdgeRequest.{member} was read before the edge filter that sets it ran: map the endpoint inside MapSocialCare's group.");
}

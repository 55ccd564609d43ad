using Microsoft.AspNetCore.Http;
using SocialCare.Api.Page;

namespace SocialCare.Api.Edge;

/// <summary>
/// Endpoint metadata that every route behind SocialCare's edge filters carries: how its answers are written
/// (<see cref="Surface"/>), which query string it accepts, and the prefix it was mapped under (where the page finds
/// its files).
/// </summary>
internal sealed class EdgeRoute
{
    private readonly Func<IQueryCollection, bool> _acceptsQuery;

    private EdgeRoute(Surface surface, string prefix, Func<IQueryCollection, bool> acceptsQuery)
    {
        Surface = surface;
        Prefix = prefix;
        _acceptsQuery = acceptsQuery;
    }

    public Surface Surface { get; }

    public string Prefix { get; }

    /// <summary>A JSON route: no query at all (spec §2: a malformed query is a <c>bad-request</c>).</summary>
    public static EdgeRoute Api(string prefix) => new(Surface.Api, prefix, query => query.Count == 0);

    /// <summary>The page: at most one <c>full</c> parameter naming a list (<see cref="PageRequest"/>).</summary>
    public static EdgeRoute Page(string prefix) => new(Surface.Page, prefix, query => PageRequest.TryReadFull(query, out _));

    /// <summary>The access history's JSON: at most one <c>before</c> and one <c>pageSize</c> (<see cref="HistoryPaging"/>).</summary>
    public static EdgeRoute HistoryApi(string prefix) => new(Surface.Api, prefix, query => HistoryPaging.TryRead(query, pageSizeAllowed: true, out _));

    /// <summary>The access history's page: at most one <c>before</c> (<see cref="HistoryPaging"/>).</summary>
    public static EdgeRoute HistoryPage(string prefix) => new(Surface.Page, prefix, query => HistoryPaging.TryRead(query, pageSizeAllowed: false, out _));

    /// <summary>The route of the endpoint this request reached; every endpoint behind the edge filters has one.</summary>
    public static EdgeRoute Of(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EdgeRoute>()
        ?? throw new InvalidOperationException("A SocialCare edge filter ran on an endpoint mapped without its EdgeRoute.");

    public bool AcceptsQuery(IQueryCollection query) => _acceptsQuery(query);
}

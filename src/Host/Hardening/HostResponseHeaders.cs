using Microsoft.Extensions.Primitives;

namespace SocialCare.Host.Hardening;

/// <summary>
/// The protective headers on everything the Host serves, not only SocialCare's routes: its start page, the OpenAPI
/// document, the health probes, the answers of no route at all (404, 405) and the host check's 400. A header a
/// route set itself is kept (SocialCare's own policy, the start page's, the assets' caching); a missing one is
/// added just before the answer starts: never stored, no sniffing, no referrer (addresses carry patient ids), and
/// a Content-Security-Policy that allows nothing, framing included.
/// </summary>
internal sealed class HostResponseHeaders(RequestDelegate next)
{
    public const string Policy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(
            static state =>
            {
                AddMissing(((HttpContext)state).Response.Headers);
                return Task.CompletedTask;
            },
            context);
        return next(context);
    }

    private static void AddMissing(IHeaderDictionary headers)
    {
        if (StringValues.IsNullOrEmpty(headers.CacheControl))
        {
            headers.CacheControl = "no-store";
        }

        // HTTP/1.0 caches read Pragma, not Cache-Control.
        if (headers.CacheControl == "no-store" && StringValues.IsNullOrEmpty(headers.Pragma))
        {
            headers.Pragma = "no-cache";
        }

        if (StringValues.IsNullOrEmpty(headers.XContentTypeOptions))
        {
            headers.XContentTypeOptions = "nosniff";
        }

        if (StringValues.IsNullOrEmpty(headers["Referrer-Policy"]))
        {
            headers["Referrer-Policy"] = "no-referrer";
        }

        if (StringValues.IsNullOrEmpty(headers.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = Policy;
        }
    }
}

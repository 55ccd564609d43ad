using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenTelemetry.Instrumentation.AspNetCore;

namespace SocialCare.Infrastructure.OpenTelemetry.Redaction;

/// <summary>
/// ASP.NET Core's server spans of SocialCare's routes: <c>url.path</c> and the span name carry the route template
/// (<c>/api/v1/patients/{patientId}/social-care</c>), never the path with the patient id in it. Other routes are the
/// host's and are left as they are.
/// </summary>
internal static class RouteTemplates
{
    // The routes that MapSocialCare maps, under whatever prefix: spec §3 and §7's paths, and the page's files.
    private static readonly string[] SocialCareRoutes = ["/patients/{patientId}/social-care", "/social-care-assets/"];

    private static readonly HashSet<string> KnownMethods = new(StringComparer.Ordinal)
    {
        "GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH", "QUERY",
    };

    public static void Apply(AspNetCoreTraceInstrumentationOptions options)
    {
        var host = options.EnrichWithHttpResponse;
        options.EnrichWithHttpResponse = (activity, response) =>
        {
            host?.Invoke(activity, response);
            Redact(activity, response.HttpContext);
        };
    }

    internal static void Redact(Activity activity, HttpContext context)
    {
        if (TemplateOf(context) is not { } template)
        {
            return;
        }

        activity.SetTag("url.path", template);
        if (activity.GetTagItem("url.full") is not null)
        {
            activity.SetTag("url.full", template);
        }

        if (activity.GetTagItem("http.target") is not null)
        {
            activity.SetTag("http.target", template);
        }

        // Semantic conventions: an unknown method is named HTTP, so that a method cannot carry anything either.
        var method = context.Request.Method;
        activity.DisplayName = (KnownMethods.Contains(method) ? method : "HTTP") + " " + template;
    }

    /// <summary>The template of the SocialCare route that answered, or null for a route of the host's (or none).</summary>
    internal static string? TemplateOf(HttpContext context)
    {
        if (context.GetEndpoint() is not RouteEndpoint { RoutePattern.RawText: { } raw })
        {
            return null;
        }

        var template = raw.StartsWith('/') ? raw : "/" + raw;
        return SocialCareRoutes.Any(route => template.Contains(route, StringComparison.Ordinal)) ? template : null;
    }
}

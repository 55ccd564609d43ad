using Microsoft.Extensions.Primitives;
using SocialCare.Api.Viewers;

namespace SocialCare.Host.Demo;

/// <summary>
/// The demo's viewer seam (spec §6): the <c>X-Demo-Viewer</c> header, else the <c>demo-viewer</c> cookie that the
/// start page's persona switcher sets, else the library's default (a bearer token's subject). Sandbox mode only:
/// anyone can claim any viewer, which is the point of a demo and never acceptable with real data.
/// </summary>
internal sealed class DemoViewerResolver(AuthenticatedSubjectViewerResolver fallback) : ISocialCareViewerResolver
{
    public const string HeaderName = "X-Demo-Viewer";
    public const string CookieName = "demo-viewer";

    public ValueTask<string?> ResolveViewerIdAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Headers[HeaderName] is { Count: 1 } header && !StringValues.IsNullOrEmpty(header))
        {
            return ValueTask.FromResult<string?>(header.ToString());
        }

        return context.Request.Cookies[CookieName] is { Length: > 0 } cookie
            ? ValueTask.FromResult<string?>(cookie)
            : fallback.ResolveViewerIdAsync(context);
    }
}

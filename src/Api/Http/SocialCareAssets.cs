using System.Collections.Frozen;
using Microsoft.AspNetCore.Http;

namespace SocialCare.Api.Http;

/// <summary>
/// The page's static files, embedded in this assembly and served under <c>{prefix}/social-care-assets/</c>:
/// nhsuk-frontend's built CSS and JavaScript (see wwwroot/nhsuk-frontend/README.md) and the module that starts it.
/// </summary>
internal static class SocialCareAssets
{
    public const string NhsukFrontendVersion = "10.6.1";

    public const string RoutePrefix = "/social-care-assets";

    public const string Stylesheet = "nhsuk-frontend/nhsuk-frontend-" + NhsukFrontendVersion + ".min.css";

    public const string Script = "social-care.mjs";

    private const string Versioned = "public, max-age=31536000, immutable";

    private static readonly FrozenDictionary<string, Asset> ByPath = new Dictionary<string, Asset>(StringComparer.Ordinal)
    {
        [Stylesheet] = new(Stylesheet, "text/css; charset=utf-8", Versioned),
        ["nhsuk-frontend/nhsuk-frontend-" + NhsukFrontendVersion + ".min.js"] =
            new("nhsuk-frontend/nhsuk-frontend-" + NhsukFrontendVersion + ".min.js", "text/javascript; charset=utf-8", Versioned),
        [Script] = new(Script, "text/javascript; charset=utf-8", "no-cache"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static async Task ServeAsync(HttpContext context, string? path)
    {
        var response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        if (path is null || !ByPath.TryGetValue(path, out var asset))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        await using var stream = typeof(SocialCareAssets).Assembly.GetManifestResourceStream("SocialCare.Api.wwwroot." + asset.Path)
            ?? throw new InvalidOperationException($"The embedded asset {asset.Path} is missing from the build.");
        response.ContentType = asset.ContentType;
        response.ContentLength = stream.Length;
        response.Headers.CacheControl = asset.CacheControl;
        await stream.CopyToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    private sealed record Asset(string Path, string ContentType, string CacheControl);
}

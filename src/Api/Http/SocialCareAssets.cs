using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using SocialCare.Api.Edge;

namespace SocialCare.Api.Http;

/// <summary>
/// The page's static files, embedded in this assembly and served under <c>{prefix}/social-care-assets/</c>:
/// nhsuk-frontend's built CSS and JavaScript (see wwwroot/nhsuk-frontend/README.md) and the module that starts it.
/// They hold no personal data, so they may be cached: the versioned files for a year as immutable, the starter
/// module (whose address has no version) revalidated by its ETag. Every answer carries
/// <see cref="SocialCareHeaders"/>' protective headers; a 404 or 405 is never stored.
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

    public static async Task ServeAsync(HttpContext context, string? path, SocialCareHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(headers);
        var response = context.Response;
        if (!ExactGetFilter.IsExactlyGet(context.Request))
        {
            MethodNotAllowed(context, headers);
            return;
        }

        if (path is null || !ByPath.TryGetValue(path, out var asset))
        {
            headers.ApplyToAsset(response, cacheControl: null);
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        headers.ApplyToAsset(response, asset.CacheControl);
        response.Headers.ETag = asset.ETag.Value.ToString();
        if (context.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } held
            && held.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(asset.ETag.Value, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        await using var stream = asset.Open();
        response.ContentType = asset.ContentType;
        response.ContentLength = stream.Length;
        await stream.CopyToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Any method but exactly <c>GET</c>, <c>HEAD</c> and <c>get</c> included: an empty 405, never stored.</summary>
    public static void MethodNotAllowed(HttpContext context, SocialCareHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(headers);
        headers.ApplyToAsset(context.Response, cacheControl: null);
        context.Response.Headers.Allow = HttpMethods.Get;
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
    }

    private sealed record Asset(string Path, string ContentType, string CacheControl)
    {
        // A strong validator from the bytes themselves, computed once: the same in every instance of every host.
        public Lazy<EntityTagHeaderValue> ETag { get; } = new(() =>
        {
            using var stream = Open(Path);
            var hash = SHA256.HashData(stream);
            return new EntityTagHeaderValue("\"" + WebEncoders.Base64UrlEncode(hash, 0, 16) + "\"");
        });

        public Stream Open() => Open(Path);

        private static Stream Open(string path) =>
            typeof(SocialCareAssets).Assembly.GetManifestResourceStream("SocialCare.Api.wwwroot." + path)
            ?? throw new InvalidOperationException($"The embedded asset {path} is missing from the build.");
    }
}

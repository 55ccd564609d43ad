using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using SocialCare.Api.Edge;

namespace SocialCare.Api.Http;

/// <summary>
/// The page's static files, embedded in this assembly and served under <c>{prefix}/social-care-assets/</c>: the
/// stylesheet built from nhsuk-frontend's Sass by <c>src/Api/Assets/build.mjs</c> (see its README), which names it by
/// its content and writes the name here. No script: no page uses a component that nhsuk-frontend's JavaScript
/// enhances, so the page ships none.
/// <para>
/// The files hold no personal data, so they may be cached (for a year as immutable: their addresses change with their
/// bytes) and compressed: each is embedded with its Brotli and gzip forms, chosen by <c>Accept-Encoding</c>
/// (<see cref="ContentCodings"/>), each form with its own length and ETag, and every answer says it
/// <c>Vary: Accept-Encoding</c>. Nothing else SocialCare answers is ever compressed: the page and the API carry
/// personal data, which compression beside attacker-chosen text could reveal (BREACH). Every answer carries
/// <see cref="SocialCareHeaders"/>' protective headers; a 404 or 405 is never stored.
/// </para>
/// </summary>
internal static class SocialCareAssets
{
    public const string RoutePrefix = "/social-care-assets";

    /// <summary>The page's stylesheet; <c>npm run build</c> in src/Api/Assets writes its name.</summary>
    public const string Stylesheet = "social-care-97aabe3dafdc.css";

    private const string Versioned = "public, max-age=31536000, immutable";

    private static readonly FrozenDictionary<string, Asset> ByPath = new Dictionary<string, Asset>(StringComparer.Ordinal)
    {
        [Stylesheet] = new(Stylesheet, "text/css; charset=utf-8", Versioned),
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

        var coding = ContentCodings.Choose(context.Request.Headers.AcceptEncoding);
        var file = asset.Coded(coding);
        headers.ApplyToAsset(response, asset.CacheControl);
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        response.Headers.ETag = file.ETag.ToString();
        if (context.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } held
            && held.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(file.ETag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = asset.ContentType;
        response.ContentLength = file.Bytes.Length;
        if (coding is not null)
        {
            response.Headers.ContentEncoding = coding;
        }

        await response.Body.WriteAsync(file.Bytes, context.RequestAborted).ConfigureAwait(false);
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

    /// <summary>The embedded bytes of <paramref name="path"/> in <paramref name="coding"/> (null: as built), for tests.</summary>
    internal static ReadOnlyMemory<byte> Read(string path, string? coding) => ByPath[path].Coded(coding).Bytes;

    private sealed class Asset(string path, string contentType, string cacheControl)
    {
        private readonly Lazy<CodedFile> _identity = new(() => CodedFile.Load(path));
        private readonly Lazy<CodedFile> _brotli = new(() => CodedFile.Load(path + ".br"));
        private readonly Lazy<CodedFile> _gzip = new(() => CodedFile.Load(path + ".gz"));

        public string ContentType => contentType;

        public string CacheControl => cacheControl;

        public CodedFile Coded(string? coding) => coding switch
        {
            ContentCodings.Brotli => _brotli.Value,
            ContentCodings.Gzip => _gzip.Value,
            _ => _identity.Value,
        };
    }

    /// <summary>
    /// One form of a file, read once: a few kilobytes each. Its strong validator comes from its own bytes, so that no
    /// two forms share one and every instance of every host gives the same.
    /// </summary>
    private sealed record CodedFile(byte[] Bytes, EntityTagHeaderValue ETag)
    {
        public static CodedFile Load(string resource)
        {
            using var stream = typeof(SocialCareAssets).Assembly.GetManifestResourceStream("SocialCare.Api.wwwroot." + resource)
                ?? throw new InvalidOperationException($"The embedded asset {resource} is missing from the build.");
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            var hash = SHA256.HashData(bytes);
            return new CodedFile(bytes, new EntityTagHeaderValue("\"" + WebEncoders.Base64UrlEncode(hash, 0, 16) + "\""));
        }
    }
}

using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace SocialCare.Host.Favicon;

/// <summary>
/// The Host's icon at <c>/favicon.ico</c>, where browsers ask for one unprompted: without it, every page load logs a
/// 404 in the console. A 216-byte, 32×32 icon (a white ring on slate grey, no one's logo), embedded. Its address has
/// no version, so it is cached for a day and then revalidated by its ETag (from its bytes).
/// </summary>
internal static class FaviconEndpoint
{
    public const string Path = "/favicon.ico";

    private static readonly Lazy<(byte[] Bytes, EntityTagHeaderValue ETag)> Icon = new(() =>
    {
        using var stream = typeof(FaviconEndpoint).Assembly.GetManifestResourceStream("SocialCare.Host.favicon.ico")
            ?? throw new InvalidOperationException("The embedded favicon.ico is missing from the build.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var hash = SHA256.HashData(bytes);
        return (bytes, new EntityTagHeaderValue("\"" + WebEncoders.Base64UrlEncode(hash, 0, 16) + "\""));
    });

    public static void MapFavicon(this WebApplication app) =>
        app.MapGet(Path, (HttpContext context) =>
        {
            context.Response.Headers.CacheControl = "public, max-age=86400";
            var (bytes, etag) = Icon.Value;
            return Results.Bytes(bytes, "image/x-icon", entityTag: etag);
        }).ExcludeFromDescription();
}

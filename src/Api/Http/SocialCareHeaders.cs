using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SocialCare.Api.Configuration;

namespace SocialCare.Api.Http;

/// <summary>
/// The headers every response of SocialCare's routes carries, whatever its status: never stored by a browser or a
/// proxy (the data is personal and always fetched fresh), framed only by the configured ancestors, no sniffing,
/// no referrer (URLs carry patient ids). The page's files carry the same, but may be cached (<see cref="ApplyToAsset"/>).
/// </summary>
internal sealed class SocialCareHeaders
{
    // The page needs only its own stylesheet (no script at all: default-src 'none' refuses every one); JSON needs nothing.
    private const string PagePolicy =
        "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'";

    private const string DataPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'";

    private readonly string _frameAncestors;

    public SocialCareHeaders(IOptions<SocialCareApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ancestors = options.Value.FrameAncestors;
        _frameAncestors = "frame-ancestors " + (ancestors.Count == 0 ? "'self'" : string.Join(' ', ancestors));
    }

    public void Apply(HttpResponse response, bool page)
    {
        ArgumentNullException.ThrowIfNull(response);
        Protect(response, page ? PagePolicy : DataPolicy);
        NeverStore(response);
    }

    /// <summary>
    /// A file of the page's, the same for everyone and free of personal data: cached as <paramref name="cacheControl"/>
    /// says; or, when null (a 404, a 405), never stored like everything else.
    /// </summary>
    public void ApplyToAsset(HttpResponse response, string? cacheControl)
    {
        ArgumentNullException.ThrowIfNull(response);
        Protect(response, DataPolicy);
        if (cacheControl is null)
        {
            NeverStore(response);
        }
        else
        {
            response.Headers.CacheControl = cacheControl;
            response.Headers.Pragma = default;
        }
    }

    private static void NeverStore(HttpResponse response)
    {
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
    }

    private void Protect(HttpResponse response, string policy)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = policy + "; " + _frameAncestors;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }
}

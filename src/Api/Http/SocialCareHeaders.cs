using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using SocialCare.Api.Configuration;

namespace SocialCare.Api.Http;

/// <summary>
/// The headers every response of SocialCare's routes carries, whatever its status: never stored by a browser or a
/// proxy (the data is personal and always fetched fresh), framed only by the configured ancestors, no sniffing,
/// no referrer (URLs carry patient ids).
/// </summary>
internal sealed class SocialCareHeaders
{
    // The page needs only its own styles and module; JSON needs nothing at all.
    private const string PagePolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'";

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
        var headers = response.Headers;
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
        headers.ContentSecurityPolicy = (page ? PagePolicy : DataPolicy) + "; " + _frameAncestors;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }
}

using SocialCare.Application.Telemetry;
using SocialCare.Infrastructure.Mosaic.Http;

namespace SocialCare.Infrastructure.Mosaic.Telemetry;

/// <summary>
/// Names each request's URL template and authority in its options (<see cref="SocialCareTelemetry.UrlTemplateKey"/>,
/// <see cref="SocialCareTelemetry.AuthorityKey"/>), for the host's HttpClient instrumentation to show instead of the
/// URL, whose path holds a Mosaic person id. Derived from the request alone, so it holds whatever builds the request.
/// </summary>
internal sealed class UrlTemplateHandler(string authorityCode, bool tokenEndpoint) : DelegatingHandler
{
    public const string Mosaic = "{mosaic}";
    public const string TokenUrl = "{token-url}";

    internal static readonly HttpRequestOptionsKey<string> TemplateKey = new(SocialCareTelemetry.UrlTemplateKey);
    internal static readonly HttpRequestOptionsKey<string> AuthorityKey = new(SocialCareTelemetry.AuthorityKey);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Options.Set(TemplateKey, Template(request.RequestUri, tokenEndpoint));
        request.Options.Set(AuthorityKey, authorityCode);
        return base.SendAsync(request, cancellationToken);
    }

    internal static string Template(Uri? uri, bool tokenEndpoint) =>
        tokenEndpoint ? TokenUrl : Mosaic + "/" + MosaicHttpLogger.Template(uri);
}

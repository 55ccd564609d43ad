using System.Diagnostics;
using OpenTelemetry.Instrumentation.Http;
using SocialCare.Application.Telemetry;

namespace SocialCare.Infrastructure.OpenTelemetry.Redaction;

/// <summary>
/// HttpClient's spans of SocialCare's council clients: <c>url.full</c>, <c>url.template</c> and the span name carry
/// the template that the client's own handler names in the request's options
/// (<see cref="SocialCareTelemetry.UrlTemplateKey"/>, e.g. <c>{mosaic}/v1/persons/{personId}/case-notes</c>), never the
/// URL with the Mosaic person id in it; the authority's GSS code goes in <c>socialcare.authority</c>. Requests of the
/// host's own clients carry no such option and are left as they are.
/// </summary>
internal static class UrlTemplates
{
    private static readonly HttpRequestOptionsKey<string> TemplateKey = new(SocialCareTelemetry.UrlTemplateKey);
    private static readonly HttpRequestOptionsKey<string> AuthorityKey = new(SocialCareTelemetry.AuthorityKey);

    public static void Apply(HttpClientTraceInstrumentationOptions options)
    {
        var hostRequest = options.EnrichWithHttpRequestMessage;
        options.EnrichWithHttpRequestMessage = (activity, request) =>
        {
            hostRequest?.Invoke(activity, request);
            Redact(activity, request);
        };
        var hostResponse = options.EnrichWithHttpResponseMessage;
        options.EnrichWithHttpResponseMessage = (activity, response) =>
        {
            hostResponse?.Invoke(activity, response);
            if (response.RequestMessage is { } request)
            {
                Redact(activity, request);
            }
        };
    }

    internal static void Redact(Activity activity, HttpRequestMessage request)
    {
        if (!request.Options.TryGetValue(TemplateKey, out var template))
        {
            return;
        }

        activity.SetTag("url.full", template);
        activity.SetTag("url.template", template);
        if (activity.GetTagItem("url.path") is not null)
        {
            activity.SetTag("url.path", template);
        }

        if (activity.GetTagItem("http.url") is not null)
        {
            activity.SetTag("http.url", template);
        }

        if (request.Options.TryGetValue(AuthorityKey, out var authority))
        {
            activity.SetTag("socialcare.authority", authority);
        }

        activity.DisplayName = request.Method.Method + " " + template;
    }
}

using System.Net;
using System.Net.Http.Headers;

namespace SocialCare.Benchmarks.Support;

/// <summary>
/// Answers from <see cref="CapturedMosaic"/> instead of sockets: the same bytes for the same path and query, no
/// copy, and 404 for anything not captured (which the benchmarks' set-up checks would then catch).
/// </summary>
public sealed class ReplayHandler(CapturedMosaic captured) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is { } uri && captured.Bodies.TryGetValue(uri.PathAndQuery, out var body))
        {
            var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
        }

        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound) { RequestMessage = request });
    }
}

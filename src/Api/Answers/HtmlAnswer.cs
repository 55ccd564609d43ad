using Microsoft.AspNetCore.Http;

namespace SocialCare.Api.Answers;

/// <summary>A state of the Social care page, with the status the API gives the same outcome.</summary>
internal sealed class HtmlAnswer(int statusCode, string html, AnswerHeaders? headers = null)
    : SocialCareAnswer(statusCode, "text/html; charset=utf-8", headers)
{
    public string Html { get; } = html;

    protected override Task WriteBodyAsync(HttpResponse response, CancellationToken cancellationToken) =>
        response.WriteAsync(Html, cancellationToken);
}

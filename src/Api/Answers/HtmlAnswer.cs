using Microsoft.AspNetCore.Http;
using SocialCare.Api.Page;

namespace SocialCare.Api.Answers;

/// <summary>
/// A state of the Social care page, with the status the API gives the same outcome. The page is rendered into a
/// buffer when the answer is written, then written asynchronously: a render that throws has sent nothing.
/// </summary>
internal sealed class HtmlAnswer(int statusCode, PageContent page, AnswerHeaders? headers = null)
    : SocialCareAnswer(statusCode, "text/html; charset=utf-8", headers)
{
    public PageContent Page { get; } = page;

    /// <summary>The page's HTML, as it is written.</summary>
    public Task<string> RenderAsync() => Page.RenderAsync();

    protected override async Task WriteBodyAsync(HttpResponse response, CancellationToken cancellationToken)
    {
        var html = await Page.RenderAsync().ConfigureAwait(false);
        await response.WriteAsync(html, cancellationToken).ConfigureAwait(false);
    }
}

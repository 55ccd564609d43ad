using Microsoft.AspNetCore.Http;

namespace SocialCare.Api.Answers;

/// <summary>A state of the Social care page, with the status the API gives the same outcome.</summary>
internal sealed class HtmlAnswer(int statusCode, string html, AnswerHeaders? headers = null) : IResult, IStatusCodeHttpResult
{
    private const string ContentType = "text/html; charset=utf-8";

    public int StatusCode { get; } = statusCode;

    public string Html { get; } = html;

    public AnswerHeaders Headers { get; } = headers ?? AnswerHeaders.None;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        Headers.WriteTo(response);
        response.ContentType = ContentType;
        return response.WriteAsync(Html, httpContext.RequestAborted);
    }
}

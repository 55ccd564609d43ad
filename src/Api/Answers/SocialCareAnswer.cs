using Microsoft.AspNetCore.Http;

namespace SocialCare.Api.Answers;

/// <summary>
/// An answer SocialCare writes itself, whatever the host's JSON or ProblemDetails settings: its status, the headers it
/// adds to the protective ones every answer already carries, its content type, then its body.
/// </summary>
internal abstract class SocialCareAnswer(int statusCode, string contentType, AnswerHeaders? headers) : IResult, IStatusCodeHttpResult
{
    public int StatusCode { get; } = statusCode;

    public AnswerHeaders Headers { get; } = headers ?? AnswerHeaders.None;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        Headers.WriteTo(response);
        response.ContentType = contentType;
        return WriteBodyAsync(response, httpContext.RequestAborted);
    }

    protected abstract Task WriteBodyAsync(HttpResponse response, CancellationToken cancellationToken);
}

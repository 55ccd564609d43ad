using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SocialCare.Api.Contracts;
using SocialCare.Api.Http;

namespace SocialCare.Api.Answers;

/// <summary>
/// A failure of the API as RFC 9457 <c>application/problem+json</c>: exactly <see cref="SocialCareProblem"/>'s members,
/// written by SocialCare's own JSON context (ASP.NET Core's <c>ProblemHttpResult</c> would add the host's
/// customisations), with the headers the error needs (<see cref="AnswerHeaders"/>).
/// </summary>
internal sealed class ProblemAnswer(SocialCareProblem problem, AnswerHeaders headers) : IResult, IStatusCodeHttpResult
{
    private const string ContentType = "application/problem+json";

    public SocialCareProblem Problem { get; } = problem;

    public AnswerHeaders Headers { get; } = headers;

    public int StatusCode => Problem.Status;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        Headers.WriteTo(response);
        response.ContentType = ContentType;
        return JsonSerializer.SerializeAsync(response.Body, Problem, SocialCareJsonContext.Default.SocialCareProblem, httpContext.RequestAborted);
    }
}

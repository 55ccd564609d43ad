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
internal sealed class ProblemAnswer(SocialCareProblem problem, AnswerHeaders headers)
    : SocialCareAnswer(problem.Status, "application/problem+json", headers)
{
    public SocialCareProblem Problem { get; } = problem;

    protected override Task WriteBodyAsync(HttpResponse response, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeAsync(response.Body, Problem, SocialCareJsonContext.Default.SocialCareProblem, cancellationToken);
}

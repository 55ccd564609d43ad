using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace SocialCare.Mosaic.Sandbox.Http;

/// <summary>The shapes the sandbox answers in: JSON, problem+json (RFC 9457) and OAuth2 errors.</summary>
internal static class HttpAnswers
{
    public const string Json = "application/json; charset=utf-8";
    public const string ProblemJson = "application/problem+json; charset=utf-8";

    public static Task ProblemAsync(HttpContext context, int status, string? detail = null)
    {
        var title = ReasonPhrases.GetReasonPhrase(status);
        var problem = new JsonObject
        {
            ["type"] = "about:blank",
            ["title"] = title.Length > 0 ? title : "Error",
            ["status"] = status,
        };
        if (detail is not null)
        {
            problem["detail"] = detail;
        }

        return WriteAsync(context, status, ProblemJson, problem.ToJsonString());
    }

    public static Task JsonAsync(HttpContext context, int status, JsonNode body) =>
        WriteAsync(context, status, Json, body.ToJsonString());

    public static Task WriteAsync(HttpContext context, int status, string contentType, string body) =>
        WriteAsync(context, status, contentType, Encoding.UTF8.GetBytes(body));

    public static async Task WriteAsync(HttpContext context, int status, string contentType, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    public static Task InvalidTokenAsync(HttpContext context, string? description = null)
    {
        context.Response.Headers.WWWAuthenticate = description is null
            ? "Bearer error=\"invalid_token\""
            : $"Bearer error=\"invalid_token\", error_description=\"{description}\"";
        return ProblemAsync(context, StatusCodes.Status401Unauthorized, description ?? "A valid token or API key is required.");
    }

    public static Task MethodNotAllowedAsync(HttpContext context, string allowed)
    {
        context.Response.Headers.Allow = allowed;
        return ProblemAsync(context, StatusCodes.Status405MethodNotAllowed);
    }

    public static Task OAuthErrorAsync(HttpContext context, int status, string error) =>
        JsonAsync(context, status, new JsonObject { ["error"] = error });
}

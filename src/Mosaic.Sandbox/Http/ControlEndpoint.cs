using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using SocialCare.Mosaic.Sandbox.Faults;
using SocialCare.Mosaic.Sandbox.People;
using SocialCare.Mosaic.Sandbox.Requests;
using SocialCare.Mosaic.Sandbox.Seed;

namespace SocialCare.Mosaic.Sandbox.Http;

/// <summary>
/// <c>/_sandbox/</c>: faults, the request log and the people, for a tester or a script. It exists only in the
/// sandbox and its own requests are not logged. <c>POST /_sandbox/faults</c> takes <c>application/json</c> only (415
/// otherwise): a web page can post a form or plain text to a loopback port without a preflight, but not JSON.
/// </summary>
internal sealed class ControlEndpoint(SandboxPeople people, SandboxFaults faults, SandboxRequestLog requests)
{
    public const string Prefix = "/_sandbox";

    public async Task HandleAsync(HttpContext context)
    {
        var path = (context.Request.Path.Value ?? "")[Prefix.Length..].Trim('/');
        var method = context.Request.Method;
        switch (path.Split('/'))
        {
            case ["faults"] when HttpMethods.IsGet(method):
                await WriteAsync(context, StatusCodes.Status200OK, faults.Active).ConfigureAwait(false);
                break;
            case ["faults"] when HttpMethods.IsPost(method):
                await AddFaultAsync(context).ConfigureAwait(false);
                break;
            case ["faults"] when HttpMethods.IsDelete(method):
                faults.Clear();
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            case ["faults", var id] when HttpMethods.IsDelete(method):
                context.Response.StatusCode = faults.Remove(id) ? StatusCodes.Status204NoContent : StatusCodes.Status404NotFound;
                break;
            case ["requests"] when HttpMethods.IsGet(method):
                await WriteAsync(context, StatusCodes.Status200OK, new
                {
                    counts = requests.CountsByMethodAndPath(),
                    requests = requests.Snapshot(),
                }).ConfigureAwait(false);
                break;
            case ["requests"] when HttpMethods.IsDelete(method):
                requests.Clear();
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                break;
            case ["people"] when HttpMethods.IsGet(method):
                await WriteAsync(context, StatusCodes.Status200OK, people.All).ConfigureAwait(false);
                break;
            case ["faults"] or ["faults", _] or ["requests"] or ["people"]:
                await HttpAnswers.MethodNotAllowedAsync(context, AllowedFor(path)).ConfigureAwait(false);
                break;
            default:
                await HttpAnswers.ProblemAsync(context, StatusCodes.Status404NotFound).ConfigureAwait(false);
                break;
        }
    }

    private async Task AddFaultAsync(HttpContext context)
    {
        // A web page can post a form or text/plain to a loopback address without a preflight, but not JSON.
        if (!IsJson(context.Request.ContentType))
        {
            await HttpAnswers.ProblemAsync(context, StatusCodes.Status415UnsupportedMediaType, "The body must be application/json.")
                .ConfigureAwait(false);
            return;
        }

        SandboxFault? fault;
        try
        {
            fault = await JsonSerializer.DeserializeAsync<SandboxFault>(context.Request.Body, SandboxSeed.JsonOptions, context.RequestAborted)
                .ConfigureAwait(false);
        }
        catch (JsonException)
        {
            fault = null;
        }

        if (fault is null || fault.Times is <= 0)
        {
            await HttpAnswers.ProblemAsync(context, StatusCodes.Status400BadRequest, "The body must be a SandboxFault.").ConfigureAwait(false);
            return;
        }

        var id = faults.Add(fault);
        await HttpAnswers.JsonAsync(context, StatusCodes.Status201Created, new JsonObject { ["id"] = id }).ConfigureAwait(false);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
        && mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    private static string AllowedFor(string path) => path switch
    {
        "faults" => "GET, POST, DELETE",
        "requests" => "GET, DELETE",
        "people" => "GET",
        _ => "DELETE",
    };

    private static Task WriteAsync<T>(HttpContext context, int status, T body) =>
        HttpAnswers.WriteAsync(context, status, HttpAnswers.Json, JsonSerializer.Serialize(body, SandboxSeed.JsonOptions));
}

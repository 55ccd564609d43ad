using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SocialCare.Mosaic.Sandbox.Faults;
using SocialCare.Mosaic.Sandbox.People;
using SocialCare.Mosaic.Sandbox.Requests;

namespace SocialCare.Mosaic.Sandbox.Http;

/// <summary>
/// Serves the Mosaic contract for every authority. Order per request: route and method, credentials, the NHS
/// number header, latency faults, token faults, answer faults, then the normal answer; so a fault limited by
/// <see cref="SandboxFault.Times"/> is used only by requests that would otherwise have been answered.
/// </summary>
internal sealed class MosaicEndpoint(
    SandboxPeople people,
    SandboxFaults faults,
    SandboxRequestLog requests,
    TokenStore tokens,
    SandboxSettings settings,
    CancellationToken stopping)
{
    private const int DefaultPageSize = 500;
    private const int MaxPageSize = 1000;
    private static readonly TimeSpan HangCap = TimeSpan.FromMinutes(5);

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        var route = MosaicRoute.Parse(path);
        var entry = requests.Add(new SandboxRequest(
            request.Method,
            path,
            request.QueryString.Value ?? "",
            route?.Authority,
            route?.Resource,
            request.Headers.ContainsKey(SandboxHeaders.NhsNumber),
            request.Headers.TryGetValue("traceparent", out var traceParent) ? traceParent.ToString() : null,
            null));
        context.Response.OnStarting(() =>
        {
            entry.Answered(context.Response.StatusCode);
            return Task.CompletedTask;
        });

        if (route is null)
        {
            await HttpAnswers.ProblemAsync(context, StatusCodes.Status404NotFound).ConfigureAwait(false);
        }
        else if (route.Resource == SandboxResources.Token)
        {
            await TokenAsync(context, route).ConfigureAwait(false);
        }
        else
        {
            await ResourceAsync(context, route, entry).ConfigureAwait(false);
        }
    }

    private async Task TokenAsync(HttpContext context, MosaicRoute route)
    {
        if (!HttpMethods.IsPost(context.Request.Method))
        {
            await HttpAnswers.MethodNotAllowedAsync(context, HttpMethods.Post).ConfigureAwait(false);
            return;
        }

        var matching = faults.Matching(route.Authority, route.Resource, null);
        await DelayAsync(context, matching).ConfigureAwait(false);
        if (Use(matching, f => f.Kind == SandboxFaultKind.TokenRefused) is not null)
        {
            await HttpAnswers.OAuthErrorAsync(context, StatusCodes.Status401Unauthorized, "invalid_client").ConfigureAwait(false);
            return;
        }

        if (Use(matching, f => IsAnswerFault(f.Kind)) is { } fault)
        {
            await AnswerFaultAsync(context, fault, () => Encoding.UTF8.GetBytes("{\"access_token\":\"truncated\"}")).ConfigureAwait(false);
            return;
        }

        if (!context.Request.HasFormContentType)
        {
            await HttpAnswers.OAuthErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_request").ConfigureAwait(false);
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (form["grant_type"] != "client_credentials")
        {
            await HttpAnswers.OAuthErrorAsync(context, StatusCodes.Status400BadRequest, "unsupported_grant_type").ConfigureAwait(false);
            return;
        }

        var (clientId, clientSecret) = ClientCredentials(context.Request, form);
        if (clientId != settings.ClientId || clientSecret != settings.ClientSecret)
        {
            await HttpAnswers.OAuthErrorAsync(context, StatusCodes.Status401Unauthorized, "invalid_client").ConfigureAwait(false);
            return;
        }

        context.Response.Headers.CacheControl = "no-store";
        await HttpAnswers.JsonAsync(context, StatusCodes.Status200OK, new JsonObject
        {
            ["access_token"] = tokens.Issue(route.Authority),
            ["token_type"] = "Bearer",
            ["expires_in"] = (long)tokens.Lifetime.TotalSeconds,
        }).ConfigureAwait(false);
    }

    private async Task ResourceAsync(HttpContext context, MosaicRoute route, RequestEntry entry)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            await HttpAnswers.MethodNotAllowedAsync(context, HttpMethods.Get).ConfigureAwait(false);
            return;
        }

        var (authenticated, token) = Authenticate(context.Request, route.Authority);
        if (!authenticated)
        {
            await HttpAnswers.InvalidTokenAsync(context).ConfigureAwait(false);
            return;
        }

        string? nhsNumber;
        StoredPerson? person = null;
        if (route.Resource == SandboxResources.Status)
        {
            await StatusAsync(context, route).ConfigureAwait(false);
            return;
        }

        if (route.PersonId is null)
        {
            nhsNumber = context.Request.Headers[SandboxHeaders.NhsNumber].ToString();
            if (nhsNumber.Length != 10 || nhsNumber.AsSpan().ContainsAnyExceptInRange('0', '9'))
            {
                await HttpAnswers.ProblemAsync(context, StatusCodes.Status400BadRequest, "X-NHS-Number must be ten digits.").ConfigureAwait(false);
                return;
            }
        }
        else
        {
            person = people.FindById(route.Authority, route.PersonId);
            nhsNumber = person?.NhsNumber;
        }

        var matching = faults.Matching(route.Authority, route.Resource, nhsNumber);
        await DelayAsync(context, matching).ConfigureAwait(false);
        if (Use(matching, f => f.Kind == SandboxFaultKind.InvalidToken) is not null)
        {
            await HttpAnswers.InvalidTokenAsync(context).ConfigureAwait(false);
            return;
        }

        if (token is not null
            && Use(matching, f => f.Kind == SandboxFaultKind.ExpiredToken, e => token.Issued < e.Added) is not null)
        {
            await HttpAnswers.InvalidTokenAsync(context, "The access token expired").ConfigureAwait(false);
            return;
        }

        if (route.PersonId is not null && person is null)
        {
            await HttpAnswers.ProblemAsync(context, StatusCodes.Status404NotFound, "No such person.").ConfigureAwait(false);
            return;
        }

        if (!TryPaging(context.Request, route, out var page, out var pageSize))
        {
            await HttpAnswers.ProblemAsync(context, StatusCodes.Status400BadRequest, "page and pageSize must be positive integers.").ConfigureAwait(false);
            return;
        }

        byte[] Body() => Encoding.UTF8.GetBytes(person is null
            ? PersonsBody(route.Authority, nhsNumber!)
            : ListBody(person, route.Resource, page, pageSize));

        if (Use(matching, f => IsAnswerFault(f.Kind)) is { } fault)
        {
            await AnswerFaultAsync(context, fault, Body).ConfigureAwait(false);
            return;
        }

        var body = Body();
        if (settings.RecordBodies)
        {
            entry.Served(Encoding.UTF8.GetString(body));
        }

        await HttpAnswers.WriteAsync(context, StatusCodes.Status200OK, HttpAnswers.Json, body).ConfigureAwait(false);
    }

    private async Task StatusAsync(HttpContext context, MosaicRoute route)
    {
        var matching = faults.Matching(route.Authority, route.Resource, null);
        await DelayAsync(context, matching).ConfigureAwait(false);
        if (Use(matching, f => IsAnswerFault(f.Kind)) is { } fault)
        {
            await AnswerFaultAsync(context, fault, () => Encoding.UTF8.GetBytes("{\"status\":\"ok\"}")).ConfigureAwait(false);
            return;
        }

        await HttpAnswers.WriteAsync(context, StatusCodes.Status200OK, HttpAnswers.Json, Encoding.UTF8.GetBytes("{\"status\":\"ok\"}")).ConfigureAwait(false);
    }

    private static bool IsAnswerFault(SandboxFaultKind kind) =>
        kind is not (SandboxFaultKind.Latency or SandboxFaultKind.InvalidToken or SandboxFaultKind.ExpiredToken
            or SandboxFaultKind.TokenRefused);

    private SandboxFault? Use(
        IReadOnlyList<FaultEntry> matching,
        Func<SandboxFault, bool> kind,
        Func<FaultEntry, bool>? when = null)
    {
        foreach (var entry in matching)
        {
            if (kind(entry.Fault) && (when is null || when(entry)) && faults.TryUse(entry))
            {
                return entry.Fault;
            }
        }

        return null;
    }

    private async Task DelayAsync(HttpContext context, IReadOnlyList<FaultEntry> matching)
    {
        var delay = TimeSpan.Zero;
        foreach (var entry in matching)
        {
            if (entry.Fault.Kind == SandboxFaultKind.Latency && faults.TryUse(entry))
            {
                delay += entry.Fault.Delay;
            }
        }

        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private async Task AnswerFaultAsync(HttpContext context, SandboxFault fault, Func<byte[]> body)
    {
        switch (fault.Kind)
        {
            case SandboxFaultKind.RateLimit:
                context.Response.Headers.RetryAfter = fault.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await HttpAnswers.ProblemAsync(context, StatusCodes.Status429TooManyRequests).ConfigureAwait(false);
                break;
            case SandboxFaultKind.Hang:
                await HangAsync(context).ConfigureAwait(false);
                break;
            case SandboxFaultKind.Malformed:
                await HttpAnswers.WriteAsync(context, StatusCodes.Status200OK, HttpAnswers.Json, "{\"items\": [ {\"id\": <html>Mosaic</html>")
                    .ConfigureAwait(false);
                break;
            case SandboxFaultKind.Truncated:
                await TruncatedAsync(context, body()).ConfigureAwait(false);
                break;
            case SandboxFaultKind.Drop:
                context.Abort();
                break;
            case SandboxFaultKind.Oversize:
                await OversizeAsync(context, fault.Bytes).ConfigureAwait(false);
                break;
            default:
                await HttpAnswers.ProblemAsync(context, fault.Status, "Injected by the sandbox.").ConfigureAwait(false);
                break;
        }
    }

    private async Task HangAsync(HttpContext context)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await Task.Delay(HangCap, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The client gave up or the sandbox is stopping: either way there is no one to answer.
        }

        context.Abort();
    }

    private static async Task TruncatedAsync(HttpContext context, byte[] body)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = HttpAnswers.Json;
        context.Response.ContentLength = body.Length + 1024;
        await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), context.RequestAborted).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);

        // Let the half body reach the client before the connection ends, so it sees a short body, not no answer.
        await Task.Delay(TimeSpan.FromMilliseconds(20), context.RequestAborted).ConfigureAwait(false);
        context.Abort();
    }

    private static async Task OversizeAsync(HttpContext context, long bytes)
    {
        var head = Encoding.UTF8.GetBytes("{\"persons\":[],\"items\":[],\"page\":1,\"pageSize\":1,\"nextPage\":null,\"padding\":\"");
        var tail = Encoding.UTF8.GetBytes("\"}");
        var padding = Math.Max(0, bytes - head.Length - tail.Length);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = HttpAnswers.Json;
        context.Response.ContentLength = head.Length + padding + tail.Length;
        await context.Response.Body.WriteAsync(head, context.RequestAborted).ConfigureAwait(false);
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'x');
        for (var left = padding; left > 0; left -= chunk.Length)
        {
            await context.Response.Body.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, left)), context.RequestAborted)
                .ConfigureAwait(false);
        }

        await context.Response.Body.WriteAsync(tail, context.RequestAborted).ConfigureAwait(false);
    }

    private (bool Authenticated, IssuedToken? Token) Authenticate(HttpRequest request, string authority)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && tokens.Find(authorization["Bearer ".Length..].Trim(), authority) is { } token)
        {
            return (true, token);
        }

        return (request.Headers["X-Api-Key"] == settings.ApiKey, null);
    }

    private static (string? ClientId, string? ClientSecret) ClientCredentials(HttpRequest request, IFormCollection form)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..].Trim()));
                var colon = pair.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    return (Uri.UnescapeDataString(pair[..colon]), Uri.UnescapeDataString(pair[(colon + 1)..]));
                }
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }

        return (form["client_id"].ToString(), form["client_secret"].ToString());
    }

    private static bool TryPaging(HttpRequest request, MosaicRoute route, out int page, out int pageSize)
    {
        page = 1;
        pageSize = DefaultPageSize;
        if (route.PersonId is null)
        {
            return true;
        }

        return TryPositive(request.Query["page"], ref page) && TryPositive(request.Query["pageSize"], ref pageSize)
            && (pageSize = Math.Min(pageSize, MaxPageSize)) > 0;
    }

    private static bool TryPositive(string? value, ref int result)
    {
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
        {
            result = parsed;
            return true;
        }

        return false;
    }

    private string PersonsBody(string authority, string nhsNumber)
    {
        var persons = new JsonArray();
        foreach (var person in people.FindByNhsNumber(authority, nhsNumber))
        {
            var item = new JsonObject { ["personId"] = person.PersonId };
            if (person.CaseStatus is not null)
            {
                item["caseStatus"] = person.CaseStatus;
            }

            if (person.Consent is not null)
            {
                item["consentToShareWithThirdParties"] = person.Consent;
            }

            persons.Add(item);
        }

        return new JsonObject { ["persons"] = persons }.ToJsonString();
    }

    private static string ListBody(StoredPerson person, string list, int page, int pageSize)
    {
        var all = person.Lists[list];
        var start = (long)(page - 1) * pageSize;
        var items = new JsonArray();
        for (var i = start; i < Math.Min(all.Count, start + pageSize); i++)
        {
            items.Add(SentinelWriter.Mark(JsonNode.Parse(all[(int)i]), person, list, (int)i));
        }

        return new JsonObject
        {
            ["items"] = items,
            ["page"] = page,
            ["pageSize"] = pageSize,
            ["totalItems"] = all.Count,
            ["nextPage"] = start + pageSize < all.Count ? page + 1 : null,
        }.ToJsonString();
    }
}

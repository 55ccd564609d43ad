using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using SocialCare.Mosaic.Sandbox.Faults;
using SocialCare.Mosaic.Sandbox.People;
using SocialCare.Mosaic.Sandbox.Requests;

namespace SocialCare.Mosaic.Sandbox.Http;

/// <summary>
/// Serves the Mosaic contract for every authority. Order per request: route and method, credentials, the NHS
/// number header, latency faults, token faults, answer faults (<see cref="FaultAnswers"/>), then the normal answer
/// (<see cref="ContractBodies"/>); so a fault limited by <see cref="SandboxFault.Times"/> is used only by requests
/// that would otherwise have been answered.
/// </summary>
internal sealed class MosaicEndpoint(
    SandboxPeople people,
    SandboxFaults faults,
    SandboxRequestLog requests,
    TokenStore tokens,
    SandboxSettings settings,
    CancellationToken stopping)
{
    private readonly FaultAnswers _faultAnswers = new(faults, stopping);
    private readonly ContractBodies _bodies = new(people);

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
        await _faultAnswers.DelayAsync(context, matching).ConfigureAwait(false);
        if (_faultAnswers.Use(matching, f => f.Kind == SandboxFaultKind.TokenRefused) is not null)
        {
            await HttpAnswers.OAuthErrorAsync(context, StatusCodes.Status401Unauthorized, "invalid_client").ConfigureAwait(false);
            return;
        }

        if (await _faultAnswers.TryAnswerAsync(context, matching, () => ContractBodies.TruncatedToken).ConfigureAwait(false))
        {
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
        await _faultAnswers.DelayAsync(context, matching).ConfigureAwait(false);
        if (_faultAnswers.Use(matching, f => f.Kind == SandboxFaultKind.InvalidToken) is not null)
        {
            await HttpAnswers.InvalidTokenAsync(context).ConfigureAwait(false);
            return;
        }

        if (token is not null
            && _faultAnswers.Use(matching, f => f.Kind == SandboxFaultKind.ExpiredToken, e => token.Issued < e.Added) is not null)
        {
            await HttpAnswers.InvalidTokenAsync(context, "The access token expired").ConfigureAwait(false);
            return;
        }

        if (route.PersonId is not null && person is null)
        {
            await HttpAnswers.ProblemAsync(context, StatusCodes.Status404NotFound, "No such person.").ConfigureAwait(false);
            return;
        }

        if (!PageRequest.TryRead(context.Request, route, out var page))
        {
            await HttpAnswers.ProblemAsync(context, StatusCodes.Status400BadRequest, "page and pageSize must be positive integers.").ConfigureAwait(false);
            return;
        }

        byte[] Body() => person is null ? _bodies.Persons(route.Authority, nhsNumber!) : ContractBodies.List(person, route.Resource, page);

        if (await _faultAnswers.TryAnswerAsync(context, matching, Body).ConfigureAwait(false))
        {
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
        await _faultAnswers.DelayAsync(context, matching).ConfigureAwait(false);
        if (await _faultAnswers.TryAnswerAsync(context, matching, () => ContractBodies.Status).ConfigureAwait(false))
        {
            return;
        }

        await HttpAnswers.WriteAsync(context, StatusCodes.Status200OK, HttpAnswers.Json, ContractBodies.Status).ConfigureAwait(false);
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
}

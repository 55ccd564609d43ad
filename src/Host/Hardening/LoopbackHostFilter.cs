using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace SocialCare.Host.Hardening;

/// <summary>
/// Answers a request for a name the Host is not reached by with an empty 400, before anything else runs (spec §6:
/// the demo lets anyone claim any viewer, so it must not be readable from another site's pages). With
/// <c>AllowedHosts</c> configured, ASP.NET Core's own host filtering applies that list instead, and this passes.
/// </summary>
internal sealed partial class LoopbackHostFilter(RequestDelegate next, IServer server, IConfiguration configuration, ILogger<LoopbackHostFilter> logger)
{
    public const string AllowedHostsKey = "AllowedHosts";

    private readonly bool _configured = !string.IsNullOrWhiteSpace(configuration[AllowedHostsKey]);

    // The addresses are known once the server has started, which is before the first request.
    private LoopbackHosts? _hosts;

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (_configured)
        {
            return next(context);
        }

        _hosts ??= LoopbackHosts.ListeningOn(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
        if (_hosts.Allows(context.Request.Host))
        {
            return next(context);
        }

        // Not the name itself: it is the client's text.
        var allowed = _hosts.ToString();
        LogRefused(logger, allowed);
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "A request named a host other than {Allowed}; answered 400. Set AllowedHosts to serve other names")]
    private static partial void LogRefused(ILogger logger, string allowed);
}

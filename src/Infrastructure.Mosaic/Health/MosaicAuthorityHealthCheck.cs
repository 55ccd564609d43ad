using Microsoft.Extensions.Diagnostics.HealthChecks;
using Polly.CircuitBreaker;
using SocialCare.Infrastructure.Mosaic.Http;

namespace SocialCare.Infrastructure.Mosaic.Health;

/// <summary>
/// Whether one authority's Mosaic answers <c>GET v1/status</c> with its credentials (so TLS and token are the real
/// ones), through a client of its own: one attempt, outside the page's concurrency limit and circuit, whose state it
/// only reads. It sends no NHS number. Opt-in, on a route of the host's own:
/// never part of readiness, so a council being down never takes the page or the host out of service.
/// </summary>
public sealed class MosaicAuthorityHealthCheck(string authorityCode, IHttpClientFactory clients, MosaicCircuitStates circuits) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["authority"] = authorityCode, ["circuit"] = circuits.StateOf(authorityCode).ToString() };
        if (circuits.StateOf(authorityCode) is CircuitState.Open or CircuitState.Isolated)
        {
            return HealthCheckResult.Unhealthy("The circuit is open: recent requests failed.", data: data);
        }

        try
        {
            var client = clients.CreateClient(MosaicClientNames.Health(authorityCode));
            using var response = await client.GetAsync(new Uri("v1/status", UriKind.Relative), cancellationToken).ConfigureAwait(false);
            data["status"] = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy("Mosaic answered.", data)
                : HealthCheckResult.Unhealthy("Mosaic answered with a failure status.", data: data);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The type only: a message could repeat a URL or a header.
            data["failure"] = exception is MosaicUnavailableException unavailable ? unavailable.Reason.ToString() : exception.GetType().Name;
            return HealthCheckResult.Unhealthy("Mosaic could not be reached.", data: data);
        }
    }
}

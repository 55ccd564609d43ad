using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using SocialCare.Infrastructure.Mosaic.Configuration;
using SocialCare.Infrastructure.Mosaic.Dialects;
using SocialCare.Infrastructure.Mosaic.Http;

namespace SocialCare.Infrastructure.Mosaic.Health;

/// <summary>
/// Whether one authority's Mosaic answers its dialect's status probe (<c>GET v1/status</c> on the standard contract)
/// with its credentials (so TLS and token are the real ones), through a client of its own: one attempt, outside the
/// page's concurrency limit and circuit, whose state it only reads. It sends no NHS number. A dialect with no probe
/// is judged by its circuit alone, and a disabled authority is healthy (it is never asked). Opt-in, on a route of the
/// host's own: never part of readiness, so a council being down never takes the page or the host out of service.
/// </summary>
public sealed class MosaicAuthorityHealthCheck : IHealthCheck
{
    private readonly string _authorityCode;
    private readonly IHttpClientFactory _clients;
    private readonly MosaicCircuitStates _circuits;
    private readonly IOptions<MosaicOptions> _options;
    private readonly MosaicDialects _dialects;

    public MosaicAuthorityHealthCheck(
        string authorityCode, IHttpClientFactory clients, MosaicCircuitStates circuits, IOptions<MosaicOptions> options, IEnumerable<MosaicDialect> dialects)
    {
        _authorityCode = authorityCode;
        _clients = clients;
        _circuits = circuits;
        _options = options;
        _dialects = new MosaicDialects(dialects);
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["authority"] = _authorityCode, ["circuit"] = _circuits.StateOf(_authorityCode).ToString() };
        if (_options.Value.Find(_authorityCode) is not { Enabled: true } entry)
        {
            return HealthCheckResult.Healthy("Disabled: never asked.", data);
        }

        if (_circuits.StateOf(_authorityCode) is CircuitState.Open or CircuitState.Isolated)
        {
            return HealthCheckResult.Unhealthy("The circuit is open: recent requests failed.", data: data);
        }

        if (_dialects.For(entry) is not { } dialect)
        {
            return HealthCheckResult.Unhealthy("Its dialect is not registered.", data: data);
        }

        data["dialect"] = dialect.Name;
        if (dialect.StatusProbe is not { } probe)
        {
            return HealthCheckResult.Healthy("Its dialect has no status probe; the circuit is closed.", data);
        }

        try
        {
            var client = _clients.CreateClient(MosaicClientNames.Health(_authorityCode));
            using var response = await client.GetAsync(probe, cancellationToken).ConfigureAwait(false);
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

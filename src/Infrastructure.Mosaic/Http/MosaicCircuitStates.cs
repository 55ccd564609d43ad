using System.Collections.Concurrent;
using Polly.CircuitBreaker;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>Each authority's circuit, readable by telemetry and health checks without sending a request.</summary>
public sealed class MosaicCircuitStates
{
    private readonly ConcurrentDictionary<string, CircuitBreakerStateProvider> _states = new(StringComparer.OrdinalIgnoreCase);

    internal CircuitBreakerStateProvider For(string authorityCode) => _states.GetOrAdd(authorityCode, _ => new CircuitBreakerStateProvider());

    /// <summary>The circuit of <paramref name="authorityCode"/>; closed for one that has not been asked yet.</summary>
    public CircuitState StateOf(string authorityCode) =>
        _states.TryGetValue(authorityCode, out var state) ? state.CircuitState : CircuitState.Closed;

    public IReadOnlyDictionary<string, CircuitState> Snapshot() =>
        _states.ToDictionary(pair => pair.Key, pair => pair.Value.CircuitState, StringComparer.OrdinalIgnoreCase);
}

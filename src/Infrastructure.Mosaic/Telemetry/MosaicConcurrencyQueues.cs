using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace SocialCare.Infrastructure.Mosaic.Telemetry;

/// <summary>
/// Each authority's limit on requests in flight (<c>MaxConcurrency</c>), held here rather than inside its resilience
/// pipeline so that telemetry can read how many requests wait for a place without sending one.
/// </summary>
public sealed class MosaicConcurrencyQueues : IDisposable
{
    private readonly ConcurrentDictionary<string, ConcurrencyLimiter> _limiters = new(StringComparer.OrdinalIgnoreCase);

    internal ConcurrencyLimiter For(string authorityCode, ConcurrencyLimiterOptions options) =>
        _limiters.GetOrAdd(authorityCode, _ => new ConcurrencyLimiter(options));

    /// <summary>Requests waiting, per authority asked so far.</summary>
    public IReadOnlyDictionary<string, long> Snapshot() =>
        _limiters.ToDictionary(pair => pair.Key, pair => pair.Value.GetStatistics()?.CurrentQueuedCount ?? 0, StringComparer.OrdinalIgnoreCase);

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }
}

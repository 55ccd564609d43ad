namespace SocialCare.Mosaic.Sandbox.Requests;

/// <summary>
/// Every request to the Mosaic contract, logged as it arrives (before the answer), so a client that has its
/// answer always finds its request here. Requests to the control endpoint are not logged.
/// </summary>
public sealed class SandboxRequestLog
{
    private readonly Lock _lock = new();
    private readonly List<RequestEntry> _entries = [];

    /// <summary>The requests so far, oldest first.</summary>
    public IReadOnlyList<SandboxRequest> Snapshot()
    {
        lock (_lock)
        {
            return [.. _entries.Select(e => e.ToRecord())];
        }
    }

    /// <summary>Forgets every request.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
        }
    }

    /// <summary>How many requests came with each method and path, keyed <c>"GET /E09000013/v1/persons"</c>.</summary>
    public IReadOnlyDictionary<string, int> CountsByMethodAndPath()
    {
        lock (_lock)
        {
            return _entries
                .GroupBy(e => $"{e.Request.Method} {e.Request.Path}", StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        }
    }

    /// <summary>How many requests came with this method and path.</summary>
    public int Count(string method, string path)
    {
        lock (_lock)
        {
            return _entries.Count(e =>
                string.Equals(e.Request.Method, method, StringComparison.OrdinalIgnoreCase)
                && string.Equals(e.Request.Path, path, StringComparison.Ordinal));
        }
    }

    internal RequestEntry Add(SandboxRequest request)
    {
        var entry = new RequestEntry(request);
        lock (_lock)
        {
            _entries.Add(entry);
        }

        return entry;
    }
}

namespace SocialCare.Mosaic.Sandbox.Requests;

/// <summary>
/// The requests to the Mosaic contract, logged as they arrive (before the answer), so a client that has its answer
/// always finds its request here. Requests to the control endpoint are not logged. Only the last
/// <see cref="Capacity"/> requests are kept (a ring buffer: the oldest is forgotten first), so a sandbox left running
/// does not grow without bound; the counts by method and path are running totals over every request since the last
/// <see cref="Clear"/>, forgotten ones included.
/// </summary>
public sealed class SandboxRequestLog
{
    /// <summary>How many requests are kept unless the settings say otherwise: 10,000.</summary>
    public const int DefaultCapacity = 10_000;

    private readonly Lock _lock = new();
    private readonly Queue<RequestEntry> _entries = new();
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>A log that keeps the last <see cref="DefaultCapacity"/> requests.</summary>
    public SandboxRequestLog()
        : this(DefaultCapacity)
    {
    }

    /// <summary>A log that keeps the last <paramref name="capacity"/> requests.</summary>
    public SandboxRequestLog(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    /// <summary>How many requests are kept; older ones are forgotten, though still counted.</summary>
    public int Capacity { get; }

    /// <summary>The requests kept (the last <see cref="Capacity"/>), oldest first.</summary>
    public IReadOnlyList<SandboxRequest> Snapshot()
    {
        lock (_lock)
        {
            return [.. _entries.Select(e => e.ToRecord())];
        }
    }

    /// <summary>Forgets every request and resets the counts.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _counts.Clear();
        }
    }

    /// <summary>
    /// How many requests came with each method and path since the last <see cref="Clear"/>, keyed
    /// <c>"GET /E09000013/v1/persons"</c>; running totals, so requests no longer kept still count.
    /// </summary>
    public IReadOnlyDictionary<string, int> CountsByMethodAndPath()
    {
        lock (_lock)
        {
            return new Dictionary<string, int>(_counts, StringComparer.Ordinal);
        }
    }

    /// <summary>How many requests came with this method (any case) and path since the last <see cref="Clear"/>.</summary>
    public int Count(string method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        lock (_lock)
        {
            return _counts.GetValueOrDefault(Key(method.ToUpperInvariant(), path));
        }
    }

    internal RequestEntry Add(SandboxRequest request)
    {
        var entry = new RequestEntry(request);
        var key = Key(request.Method.ToUpperInvariant(), request.Path);
        lock (_lock)
        {
            if (_entries.Count == Capacity)
            {
                _entries.Dequeue();
            }

            _entries.Enqueue(entry);
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
        }

        return entry;
    }

    private static string Key(string method, string path) => $"{method} {path}";
}

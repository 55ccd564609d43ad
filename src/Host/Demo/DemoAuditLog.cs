using SocialCare.Application.Abstractions;

namespace SocialCare.Host.Demo;

/// <summary>
/// The demo's audit: the last <see cref="Capacity"/> attempts, in memory. A real host writes them to its audit
/// store. Kept out of the operator log on purpose: the audit is where patient and viewer ids go, the log is not.
/// Each entry is kept whole, with both of its ids: <see cref="SocialCareAuditEntry.Id"/>, the library's own, which
/// identifies the entry and is the one to quote, and <see cref="SocialCareAuditEntry.TraceId"/>, which correlates
/// it with the request's traces and which a caller can choose (several entries may share one).
/// </summary>
internal sealed class DemoAuditLog : ISocialCareAuditSink
{
    public const int Capacity = 1000;

    private readonly Queue<SocialCareAuditEntry> _entries = new();
    private readonly Lock _lock = new();

    public IReadOnlyList<SocialCareAuditEntry> Entries
    {
        get
        {
            lock (_lock)
            {
                return [.. _entries];
            }
        }
    }

    public Task WriteAsync(SocialCareAuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_lock)
        {
            if (_entries.Count == Capacity)
            {
                _entries.Dequeue();
            }

            _entries.Enqueue(entry);
        }

        return Task.CompletedTask;
    }
}

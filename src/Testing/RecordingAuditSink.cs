using System.Collections.Concurrent;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Patients;

namespace SocialCare.Testing;

/// <summary>
/// The host's audit, in memory: every <see cref="SocialCareAuditEntry"/> the library writes, in order, and read back
/// newest first for the patient's access history. <see cref="FailWrites"/> makes every write throw, to see a view
/// fail closed.
/// </summary>
public sealed class RecordingAuditSink : ISocialCareAuditSink, ISocialCareAuditReader
{
    private readonly ConcurrentQueue<SocialCareAuditEntry> _entries = new();
    private volatile bool _failing;

    /// <summary>The entries written, oldest first.</summary>
    public IReadOnlyList<SocialCareAuditEntry> Entries => [.. _entries];

    /// <summary>Every write from now on throws, as an audit store that is down.</summary>
    public void FailWrites() => _failing = true;

    /// <inheritdoc />
    public Task WriteAsync(SocialCareAuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_failing)
        {
            return Task.FromException(new InvalidOperationException("The test's audit sink refuses writes (FailWrites)."));
        }

        _entries.Enqueue(entry);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<SocialCareAuditPage> ReadNewestFirstAsync(PatientId patient, int limit, Guid? before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        var newestFirst = _entries.Where(e => e.Patient == patient).Reverse().ToList();
        var start = before is { } id ? newestFirst.FindIndex(e => e.Id == id) + 1 : 0;
        if (before is not null && start == 0)
        {
            return Task.FromResult(new SocialCareAuditPage([], HasOlder: false));
        }

        var page = newestFirst.Skip(start).Take(limit).ToList();
        return Task.FromResult(new SocialCareAuditPage(page, HasOlder: newestFirst.Count > start + page.Count));
    }
}

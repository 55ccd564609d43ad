using System.Collections.Concurrent;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;
using SocialCare.Infrastructure.Audit.Chain;
using SocialCare.Infrastructure.Audit.Storage;

namespace SocialCare.Infrastructure.Audit;

/// <summary>
/// The audit on a database (SQLite or PostgreSQL, the same code): every entry appended to a MAC chain (ADR 0007),
/// never updated or deleted, and read back for the patient's access history. A write that cannot be made throws,
/// so the view is not shown (the audit behaviour answers unavailable).
/// </summary>
internal sealed class SqlAuditStore(AuditDatabase database, AuditSchema schema, AuditKey key) : ISocialCareAuditSink, ISocialCareAuditReader, IDisposable
{
    /// <summary>The most entries one transaction appends (group commit).</summary>
    public const int MaxBatch = 256;

    // Appends from this process go one transaction at a time, and each transaction takes every entry waiting when it
    // starts (group commit): the database serialises appends anyway (the head), and one commit, one fsync, for many
    // waiting writers is what lets the chain keep up with a busy host (docs/performance.md).
    private readonly SemaphoreSlim _appending = new(1, 1);
    private readonly ConcurrentQueue<PendingEntry> _waiting = new();

    public async Task WriteAsync(SocialCareAuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await schema.EnsureCurrentAsync(cancellationToken).ConfigureAwait(false);
        var pending = new PendingEntry(entry);
        _waiting.Enqueue(pending);
        try
        {
            await _appending.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Given up before any transaction took it: the caller answers unavailable, so the entry is not written.
            if (pending.TryAbandon())
            {
                throw;
            }

            await pending.Written.ConfigureAwait(false);
            return;
        }

        try
        {
            // Another transaction may have taken it meanwhile; or more entries than a batch wait before it.
            while (!pending.Written.IsCompleted)
            {
                await AppendWaitingAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _appending.Release();
        }

        await pending.Written.ConfigureAwait(false);
    }

    public async Task<SocialCareAuditPage> ReadNewestFirstAsync(PatientId patient, int limit, Guid? before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(patient);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, SocialCareAuditPage.MaxLimit);
        await schema.EnsureCurrentAsync(cancellationToken).ConfigureAwait(false);

        var older = before is null
            ? string.Empty
            : $" AND seq < (SELECT seq FROM {database.Entries} WHERE id = @before AND kind = @kind AND patient_id = @patient)";
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var command = connection.Command(
                null,
                $"SELECT {AuditRows.Columns} FROM {database.Entries} WHERE kind = @kind AND patient_id = @patient{older} ORDER BY seq DESC LIMIT @limit",
                ("kind", RecordKind.View),
                ("patient", patient.Value),
                ("before", before is { } id ? database.IdValue(id) : null),
                ("limit", limit + 1));
            var entries = new List<SocialCareAuditEntry>(limit + 1);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                entries.Add(Entry(AuditRows.Read(database, reader)));
            }

            var hasOlder = entries.Count > limit;
            return new(hasOlder ? entries[..limit] : entries, hasOlder);
        }
    }

    public void Dispose() => _appending.Dispose();

    private async Task AppendWaitingAsync(CancellationToken cancellationToken)
    {
        var batch = new List<PendingEntry>();
        while (batch.Count < MaxBatch && _waiting.TryDequeue(out var next))
        {
            if (next.TryTake())
            {
                batch.Add(next);
            }
        }

        try
        {
            var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var transaction = await database.BeginExclusiveAsync(connection, cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    await AuditAppender.AppendAllAsync(
                        database,
                        connection,
                        transaction,
                        key,
                        [.. batch.Select(pending => (Func<long, ChainRecord>)(sequence => Row(pending.Entry, sequence)))],
                        cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (Exception exception)
        {
            // Fail closed, every one: none of the batch is committed.
            batch.ForEach(pending => pending.Fail(exception));
            return;
        }

        batch.ForEach(pending => pending.Succeed());
    }

    private static ChainRecord Row(SocialCareAuditEntry entry, long sequence) => new(
        sequence,
        RecordKind.View,
        entry.Id,
        ChainRecord.Stored(entry.At),
        entry.Viewer.Value,
        AuditValues.Joined(entry.Relationships.Select(AuditValues.Name)),
        entry.Patient.Value,
        AuditValues.Name(entry.Surface),
        AuditValues.Joined(entry.AuthoritiesAsked),
        entry.TrueOutcome,
        entry.AnsweredCode,
        entry.TraceId,
        PurgedBeforeSequence: null,
        AnchorMac: null,
        KeyId: string.Empty,
        Mac: []);

    private static SocialCareAuditEntry Entry(ChainRecord row)
    {
        var viewer = ViewerId.Create(row.ViewerId);
        var patient = PatientId.Create(row.PatientId);
        if (!viewer.IsValid || !patient.IsValid || row.TrueOutcome is null || row.AnsweredCode is null)
        {
            // Written from valid values only: a row that does not read back was changed outside the library.
            throw new InvalidDataException($"Audit entry {row.Sequence} cannot be read back: run the verifier.");
        }

        return new(
            row.Id,
            row.At,
            viewer.Value,
            [.. AuditValues.Split(row.Relationships).Select(AuditValues.Relationship)],
            patient.Value,
            AuditValues.Surface(row.Surface),
            AuditValues.Split(row.AuthoritiesAsked),
            row.TrueOutcome,
            row.AnsweredCode,
            row.TraceId);
    }
}

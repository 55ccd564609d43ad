using System.Data.Common;
using SocialCare.Infrastructure.Audit.Chain;

namespace SocialCare.Infrastructure.Audit.Storage;

/// <summary>
/// Appends one row to the chain inside a transaction that holds the head (<see cref="AuditDatabase.BeginExclusiveAsync"/>):
/// the next sequence, the MAC over the previous one, the insert, the new head and its seal. Never updates or deletes
/// an entry.
/// </summary>
internal static class AuditAppender
{
    /// <param name="database">The store's dialect.</param>
    /// <param name="connection">An open connection.</param>
    /// <param name="transaction">The transaction the append runs in, which holds the head's lock.</param>
    /// <param name="key">The chain's current key.</param>
    /// <param name="create">The row for the given sequence; its key id and MAC are set here.</param>
    /// <param name="cancellationToken">The write's budget.</param>
    public static async Task<ChainRecord> AppendAsync(
        AuditDatabase database,
        DbConnection connection,
        DbTransaction transaction,
        AuditKey key,
        Func<long, ChainRecord> create,
        CancellationToken cancellationToken) =>
        (await AppendAllAsync(database, connection, transaction, key, [create], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>Several rows in order, under one lock of the head and one commit: how concurrent writes share a transaction.</summary>
    public static async Task<IReadOnlyList<ChainRecord>> AppendAllAsync(
        AuditDatabase database,
        DbConnection connection,
        DbTransaction transaction,
        AuditKey key,
        IReadOnlyList<Func<long, ChainRecord>> creates,
        CancellationToken cancellationToken)
    {
        var head = await AuditHead.ReadAsync(database, connection, transaction, forAppend: true, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The audit store's head row is missing.");
        var sequence = head.LastSequence;
        var previous = head.LastMac;
        var records = new List<ChainRecord>(creates.Count);
        foreach (var create in creates)
        {
            sequence++;
            var unsealed = create(sequence) with { Sequence = sequence, KeyId = key.Id };
            var record = unsealed with { Mac = ChainMac.Of(key, previous, unsealed) };
            await AuditRows.InsertAsync(database, connection, transaction, record, cancellationToken).ConfigureAwait(false);
            records.Add(record);
            previous = record.Mac;
        }

        await AuditHead.WriteAsync(database, connection, transaction, new(sequence, previous, ChainMac.Seal(key, sequence, previous)), cancellationToken).ConfigureAwait(false);
        return records;
    }
}

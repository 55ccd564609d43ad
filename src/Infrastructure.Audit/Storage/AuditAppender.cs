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
    /// <param name="create">The row for the given sequence; its key id and MAC are set here.</param>
    public static async Task<ChainRecord> AppendAsync(
        AuditDatabase database,
        DbConnection connection,
        DbTransaction transaction,
        AuditKey key,
        Func<long, ChainRecord> create,
        CancellationToken cancellationToken)
    {
        var head = await AuditHead.ReadAsync(database, connection, transaction, forAppend: true, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The audit store's head row is missing.");
        var sequence = head.LastSequence + 1;
        var unsealed = create(sequence) with { Sequence = sequence, KeyId = key.Id };
        var mac = ChainMac.Of(key, head.LastMac, unsealed);
        var record = unsealed with { Mac = mac };
        await AuditRows.InsertAsync(database, connection, transaction, record, cancellationToken).ConfigureAwait(false);
        await AuditHead.WriteAsync(database, connection, transaction, new(sequence, mac, ChainMac.Seal(key, sequence, mac)), cancellationToken).ConfigureAwait(false);
        return record;
    }
}

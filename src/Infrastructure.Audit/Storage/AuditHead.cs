using System.Data.Common;

namespace SocialCare.Infrastructure.Audit.Storage;

/// <summary>The head row: the newest entry's sequence and MAC, and the seal over both (null before the first entry).</summary>
internal sealed record AuditHead(long LastSequence, byte[] LastMac, byte[]? Seal)
{
    /// <summary>The head, or null when its row is missing; inside an append, <paramref name="forAppend"/> locks it.</summary>
    public static async Task<AuditHead?> ReadAsync(AuditDatabase database, DbConnection connection, DbTransaction? transaction, bool forAppend, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction,
            $"SELECT last_seq, last_mac, seal FROM {database.Head} WHERE id = 1" + (forAppend ? database.LockHead : string.Empty));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new(
            reader.GetInt64(0),
            reader.GetFieldValue<byte[]>(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<byte[]>(2));
    }

    public static async Task WriteAsync(AuditDatabase database, DbConnection connection, DbTransaction transaction, AuditHead head, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction,
            $"UPDATE {database.Head} SET last_seq = @seq, last_mac = @mac, seal = @seal WHERE id = 1",
            ("seq", head.LastSequence),
            ("mac", head.LastMac),
            ("seal", head.Seal));
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new InvalidOperationException("The audit store's head row is missing.");
        }
    }
}

using System.Data.Common;
using SocialCare.Infrastructure.Audit.Chain;
using SocialCare.Infrastructure.Audit.Storage;

namespace SocialCare.Infrastructure.Audit.Verification;

/// <summary>
/// Walks the chain from its first entry to the head and reports the first thing that is not what was sealed (ADR
/// 0007): a changed, inserted or moved entry (its MAC), a missing one (a gap in the sequence, or a head past the
/// newest entry), a chain that starts late without a purge that accounts for it, or a head whose seal was rewritten.
/// Reads only; a reader role is enough. Throws when it cannot check at all (no connection, no schema).
/// </summary>
internal sealed class AuditVerifier(AuditDatabase database, AuditKey key)
{
    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // One snapshot, so that appends made meanwhile are not half seen.
            var transaction = await database.BeginSnapshotAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                return await VerifyAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<AuditVerification> VerifyAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var head = await AuditHead.ReadAsync(database, connection, transaction, forAppend: false, cancellationToken).ConfigureAwait(false);
        if (head is null)
        {
            return Failed(0, new(null, null, "the chain's head row is missing"));
        }

        var first = await ScalarAsync(connection, transaction, $"SELECT MIN(seq) FROM {database.Entries}", cancellationToken).ConfigureAwait(false);
        if (first is null)
        {
            return head.LastSequence == 0 && head.Seal is null
                ? new(0, null, null, Fingerprint(head), null)
                : Failed(0, new(head.LastSequence, null, $"the head records entry {head.LastSequence}, but the store holds no entry: every entry was deleted"));
        }

        var previous = await StartAsync(connection, transaction, first.Value, cancellationToken).ConfigureAwait(false);
        if (previous is null)
        {
            return Failed(0, new(first, null, $"entries before {first} are missing, and no purge record accounts for them"));
        }

        var expected = first.Value;
        long count = 0;
        await using (var command = connection.Command(transaction, $"SELECT {AuditRows.Columns} FROM {database.Entries} ORDER BY seq"))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var sequence = reader.GetInt64(0);
                if (sequence != expected)
                {
                    return Failed(count, new(expected, null, $"entry {expected} is missing: the entry after {expected - 1} is {sequence}"));
                }

                ChainRecord row;
                try
                {
                    row = AuditRows.Read(database, reader);
                }
                catch (Exception exception) when (exception is InvalidCastException or FormatException or InvalidOperationException)
                {
                    return Failed(count, new(sequence, null, "its columns do not hold what the store writes: it was changed"));
                }

                if (row.KeyId != key.Id)
                {
                    return Failed(count, new(sequence, row.Id, $"it is sealed with key {row.KeyId}, not with the configured key {key.Id}: a wrong key, or a forged entry"));
                }

                if (!ChainMac.Same(ChainMac.Of(key, previous, row), row.Mac))
                {
                    return Failed(count, new(sequence, row.Id, "it does not match its MAC: it was changed, inserted or moved, or the entry before it was deleted"));
                }

                previous = row.Mac;
                expected++;
                count++;
            }
        }

        var last = expected - 1;
        if (head.LastSequence > last)
        {
            return Failed(count, new(last + 1, null, $"the head records entry {head.LastSequence}, but the newest entry is {last}: the newest entries were deleted"));
        }

        if (head.LastSequence < last || !ChainMac.Same(head.LastMac, previous))
        {
            return Failed(count, new(null, null, $"the head does not record the newest entry ({last}): it was rewritten"));
        }

        if (head.Seal is null || !ChainMac.Same(head.Seal, ChainMac.Seal(key, last, previous)))
        {
            return Failed(count, new(null, null, "the head's seal does not match: the head was rewritten"));
        }

        return new(count, first, last, Fingerprint(head), null);
    }

    private static AuditVerification Failed(long checkedBefore, AuditFailure failure) => new(checkedBefore, null, null, null, failure);

    /// <summary>What the first entry follows: the genesis, or the anchor of the purge that removed the entries before it.</summary>
    private async Task<byte[]?> StartAsync(DbConnection connection, DbTransaction transaction, long first, CancellationToken cancellationToken)
    {
        if (first == 1)
        {
            return ChainMac.Genesis.ToArray();
        }

        await using var command = connection.Command(
            transaction,
            $"SELECT anchor_mac FROM {database.Entries} WHERE kind = @kind AND purged_before_seq = @first ORDER BY seq DESC LIMIT 1",
            ("kind", RecordKind.Purge),
            ("first", first));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is byte[] { Length: ChainMac.Length } anchor ? anchor : null;
    }

    private static async Task<long?> ScalarAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, sql);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } value and not DBNull
            ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }

    // Enough of the seal to compare with a copy kept elsewhere; the seal is a MAC, not the key.
    private static string Fingerprint(AuditHead head) =>
        $"{head.LastSequence}:{(head.Seal is null ? "unsealed" : Convert.ToHexStringLower(head.Seal.AsSpan(0, 8)))}";
}

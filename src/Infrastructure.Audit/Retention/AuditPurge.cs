using System.Data.Common;
using System.Globalization;
using SocialCare.Domain.Viewers;
using SocialCare.Infrastructure.Audit.Chain;
using SocialCare.Infrastructure.Audit.Storage;
using SocialCare.Infrastructure.Audit.Verification;

namespace SocialCare.Infrastructure.Audit.Retention;

/// <summary>
/// Deletes the entries older than the retention period (ADR 0007), the only deletion there is: an operator's command,
/// run as the owner role (the writer may not delete). It removes a prefix of the chain, never an entry within the
/// period, and appends an entry of its own (kind <c>purge</c>: who, when, from which entry on the chain is kept, and
/// the MAC the first kept entry follows) so that the purge is audited and the chain still verifies from there.
/// A chain that does not verify is refused: it is evidence.
/// </summary>
internal sealed class AuditPurge(AuditDatabase database, AuditKey key, TimeProvider time)
{
    public async Task<AuditPurgeResult> PurgeAsync(TimeSpan retention, string operatorId, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        if (!ViewerId.Create(operatorId).IsValid)
        {
            throw new ArgumentException("The operator is 1 to 256 characters with no control character.", nameof(operatorId));
        }

        var now = ChainRecord.Stored(time.GetUtcNow());
        var cutoff = now - retention;
        var verification = await new AuditVerifier(database, key).VerifyAsync(cancellationToken).ConfigureAwait(false);
        if (verification.Failure is { } failure)
        {
            return AuditPurgeResult.Refused(failure, cutoff);
        }

        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await database.BeginExclusiveAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var head = await AuditHead.ReadAsync(database, connection, transaction, forAppend: true, cancellationToken).ConfigureAwait(false)
                    ?? throw new InvalidOperationException("The audit store's head row is missing.");
                var keptFrom = await ScalarAsync(connection, transaction, $"SELECT MIN(seq) FROM {database.Entries} WHERE at >= @cutoff", cancellationToken, ("cutoff", database.TimeValue(cutoff)))
                    ?? head.LastSequence + 1;
                var first = await ScalarAsync(connection, transaction, $"SELECT MIN(seq) FROM {database.Entries}", cancellationToken) ?? keptFrom;

                byte[] anchor;
                long deleted = 0;
                if (keptFrom > first)
                {
                    anchor = await MacOfAsync(connection, transaction, keptFrom - 1, cancellationToken).ConfigureAwait(false);
                    await using var delete = connection.Command(transaction, $"DELETE FROM {database.Entries} WHERE seq < @keptFrom", ("keptFrom", keptFrom));
                    deleted = await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    anchor = first == 1 ? ChainMac.Genesis.ToArray() : await AnchorOfAsync(connection, transaction, first, cancellationToken).ConfigureAwait(false);
                }

                var record = await AuditAppender.AppendAsync(
                    database,
                    connection,
                    transaction,
                    key,
                    sequence => new(
                        sequence, RecordKind.Purge, Guid.CreateVersion7(now), now, operatorId, string.Empty, null, null, string.Empty,
                        null, null, null, keptFrom, anchor, string.Empty, []),
                    cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return new(deleted, keptFrom, record.Sequence, record.Id, cutoff, null);
            }
        }
    }

    private async Task<byte[]> MacOfAsync(DbConnection connection, DbTransaction transaction, long sequence, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, $"SELECT mac FROM {database.Entries} WHERE seq = @seq", ("seq", sequence));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[]
            ?? throw new InvalidOperationException($"Audit entry {sequence} disappeared during the purge.");
    }

    private async Task<byte[]> AnchorOfAsync(DbConnection connection, DbTransaction transaction, long first, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction,
            $"SELECT anchor_mac FROM {database.Entries} WHERE kind = @kind AND purged_before_seq = @first ORDER BY seq DESC LIMIT 1",
            ("kind", RecordKind.Purge),
            ("first", first));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[]
            ?? throw new InvalidOperationException($"No purge record anchors audit entry {first}.");
    }

    private static async Task<long?> ScalarAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = connection.Command(transaction, sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is { } value and not DBNull
            ? Convert.ToInt64(value, CultureInfo.InvariantCulture)
            : null;
    }
}

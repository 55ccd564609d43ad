using System.Data.Common;
using SocialCare.Infrastructure.Audit.Chain;

namespace SocialCare.Infrastructure.Audit.Storage;

/// <summary>The entry table's columns, in the order every SELECT of a whole row lists them.</summary>
internal static class AuditRows
{
    public const string Columns =
        "seq, kind, id, at, viewer_id, relationships, patient_id, surface, authorities_asked, true_outcome, answered_code, "
        + "trace_id, purged_before_seq, anchor_mac, key_id, mac";

    public static async Task InsertAsync(AuditDatabase database, DbConnection connection, DbTransaction transaction, ChainRecord record, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction,
            $"INSERT INTO {database.Entries} ({Columns}) VALUES (@seq, @kind, @id, @at, @viewer, @relationships, @patient, @surface, @authorities, @trueOutcome, @answered, @trace, @purgedBefore, @anchor, @keyId, @mac)",
            ("seq", record.Sequence),
            ("kind", record.Kind),
            ("id", database.IdValue(record.Id)),
            ("at", database.TimeValue(record.At)),
            ("viewer", record.ViewerId),
            ("relationships", record.Relationships),
            ("patient", record.PatientId),
            ("surface", record.Surface),
            ("authorities", record.AuthoritiesAsked),
            ("trueOutcome", record.TrueOutcome),
            ("answered", record.AnsweredCode),
            ("trace", record.TraceId),
            ("purgedBefore", record.PurgedBeforeSequence),
            ("anchor", record.AnchorMac),
            ("keyId", record.KeyId),
            ("mac", record.Mac));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The row under the reader, selected with <see cref="Columns"/>; throws when a column does not hold its type.</summary>
    public static ChainRecord Read(AuditDatabase database, DbDataReader reader) => new(
        reader.GetInt64(0),
        reader.GetString(1),
        database.ReadId(reader, 2),
        database.ReadTime(reader, 3),
        reader.GetString(4),
        reader.GetString(5),
        Text(reader, 6),
        Text(reader, 7),
        reader.GetString(8),
        Text(reader, 9),
        Text(reader, 10),
        Text(reader, 11),
        reader.IsDBNull(12) ? null : reader.GetInt64(12),
        reader.IsDBNull(13) ? null : reader.GetFieldValue<byte[]>(13),
        reader.GetString(14),
        reader.GetFieldValue<byte[]>(15));

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}

using System.Data;
using System.Data.Common;
using Npgsql;
using SocialCare.Infrastructure.Audit.Configuration;

namespace SocialCare.Infrastructure.Audit.Storage;

/// <summary>
/// The store for hosts with several instances: tables in schema <c>socialcare_audit</c>. An append locks the head row
/// (<c>SELECT … FOR UPDATE</c>), which serialises writers of every instance; readers are never blocked.
/// </summary>
internal sealed class PostgreSqlAuditDatabase(string connectionString) : AuditDatabase
{
    // Any constant, the same in every process: the lock that serialises schema changes.
    private const long SchemaLock = 0x50C1A1CA7E;

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public override AuditProvider Provider => AuditProvider.PostgreSql;

    public override string LockHead => " FOR UPDATE";

    public override string ScriptFolder => "PostgreSql";

    protected override string Prefix => "socialcare_audit.";

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    public override ValueTask<DbTransaction> BeginExclusiveAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);

    public override ValueTask<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);

    public override async Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, "SELECT pg_advisory_xact_lock(@key)", ("key", SchemaLock));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async Task<bool> HasVersionTableAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, "SELECT to_regclass('socialcare_audit.audit_schema_version') IS NOT NULL");
        return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    public override Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public override object IdValue(Guid id) => id;

    public override Guid ReadId(DbDataReader reader, int ordinal) => reader.GetGuid(ordinal);

    public override object TimeValue(DateTimeOffset at) => at.UtcDateTime;

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}

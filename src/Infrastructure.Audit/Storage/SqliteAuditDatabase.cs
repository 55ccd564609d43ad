using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SocialCare.Infrastructure.Audit.Configuration;

namespace SocialCare.Infrastructure.Audit.Storage;

/// <summary>
/// The embedded default: one file. An immediate transaction takes the file's write lock at its start, so appends from
/// any number of processes are serialised; the WAL journal lets readers go on meanwhile. Times are kept as ISO 8601
/// text in UTC with microseconds, ids as text, so that the file reads plainly in any SQLite tool.
/// </summary>
internal sealed class SqliteAuditDatabase(string connectionString) : AuditDatabase
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public override AuditProvider Provider => AuditProvider.Sqlite;

    public override string LockHead => string.Empty;

    public override string ScriptFolder => "Sqlite";

    protected override string Prefix => string.Empty;

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // A commit is on disk when it returns (FULL, SQLite's own default, said here so that no build's default changes it).
            await using var durable = connection.Command(null, "PRAGMA synchronous = FULL");
            await durable.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // Microsoft.Data.Sqlite begins IMMEDIATE unless asked for a deferred transaction; it waits for a busy file up to
    // the connection string's Default Timeout.
    public override ValueTask<DbTransaction> BeginExclusiveAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    // Deferred: a read transaction, which in WAL mode reads one snapshot while writers go on.
    public override ValueTask<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    public override Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public override async Task<bool> HasVersionTableAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'audit_schema_version'");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) > 0;
    }

    public override async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(null, "PRAGMA journal_mode = WAL");
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override object IdValue(Guid id) => id.ToString("D");

    public override Guid ReadId(DbDataReader reader, int ordinal) => Guid.ParseExact(reader.GetString(ordinal), "D");

    public override object TimeValue(DateTimeOffset at) => at.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    // Pooled connections keep the file open; a host that stops lets go of it (tests delete their files).
    public override ValueTask DisposeAsync()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}

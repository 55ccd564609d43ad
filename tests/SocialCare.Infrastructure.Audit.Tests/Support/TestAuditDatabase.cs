using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using SocialCare.Infrastructure.Audit.Chain;
using SocialCare.Infrastructure.Audit.Configuration;
using SocialCare.Infrastructure.Audit.Storage;
using SocialCare.Infrastructure.Audit.Verification;
using SocialCare.TestServers;

namespace SocialCare.Infrastructure.Audit.Tests.Support;

/// <summary>
/// A fresh, empty audit database of one provider for one test or fixture: a SQLite file of its own in the temporary
/// folder, or a database of its own on this run's PostgreSQL. Plain SQL runs as the owner (the tests' tamperer).
/// Deleted when disposed.
/// </summary>
internal sealed class TestAuditDatabase : IAsyncDisposable
{
    public const string Secret = "test-audit-key-0123456789abcdefghijklmnop";

    private readonly PostgreSqlServer? _server;
    private readonly string _name;

    private TestAuditDatabase(AuditProvider provider, string connectionString, PostgreSqlServer? server, string name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _server = server;
        _name = name;
        Database = AuditDatabase.Create(provider, connectionString);
    }

    public AuditProvider Provider { get; }

    /// <summary>The owner's connection string (PostgreSQL: the superuser that ran the migration).</summary>
    public string ConnectionString { get; }

    public AuditDatabase Database { get; }

    public AuditKey Key { get; } = AuditKey.From(Secret);

    /// <summary>The tool's name for the provider.</summary>
    public string ToolProvider => Provider == AuditProvider.Sqlite ? "sqlite" : "postgresql";

    public string Entries => Database.Entries;

    public string Head => Database.Head;

    /// <summary>A database of the provider named <c>Sqlite</c> or <c>PostgreSql</c>; PostgreSQL's tests are ignored (or fail in CI) without PostgreSQL.</summary>
    public static async Task<TestAuditDatabase> CreateAsync(string provider)
    {
        var name = "audit_" + Guid.NewGuid().ToString("N")[..12];
        if (provider == nameof(AuditProvider.Sqlite))
        {
            var file = Path.Combine(Path.GetTempPath(), $"socialcare-{name}.db");
            // Only a bound on a hang: SQLite's wait for the write lock is not a queue, and at a load average of 40 one of
            // eight concurrent writers waited past the default 30 s ("database is locked"); no test asserts a wait.
            return new(AuditProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = file, DefaultTimeout = 300 }.ToString(), null, file);
        }

        PostgreSqlAvailability.ForThisRun().Enforce();
        var server = await PostgreSqlServer.Shared();
        await using (var connection = new NpgsqlConnection(server.ConnectionString()))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new(AuditProvider.PostgreSql, server.ConnectionString(name), server, name);
    }

    public static async Task<TestAuditDatabase> MigratedAsync(string provider)
    {
        var database = await CreateAsync(provider);
        await database.Schema().MigrateAsync(CancellationToken.None);
        return database;
    }

    public AuditSchema Schema() => new(Database, TimeProvider.System, NullLogger<AuditSchema>.Instance);

    public SqlAuditStore Store(AuditDatabase? database = null) => new(database ?? Database, new AuditSchema(database ?? Database, TimeProvider.System, NullLogger<AuditSchema>.Instance), Key);

    public AuditVerifier Verifier(AuditKey? key = null) => new(Database, key ?? Key);

    public Task<AuditVerification> VerifyAsync(AuditKey? key = null) => Verifier(key).VerifyAsync(CancellationToken.None);

    /// <summary>PostgreSQL: the connection string of a login role of this database's (created by the caller).</summary>
    public string ConnectionStringAs(string role) =>
        _server?.ConnectionString(_name, role) ?? throw new InvalidOperationException("roles are PostgreSQL's");

    /// <summary>A name unique to this database, for roles (which PostgreSQL keeps per server, not per database).</summary>
    public string Unique(string prefix) => $"{prefix}_{_name}";

    /// <summary>Plain SQL as the owner; <c>{entries}</c> and <c>{head}</c> stand for the tables' names.</summary>
    public async Task<int> ExecuteAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        var connection = await Database.OpenAsync(CancellationToken.None);
        await using (connection)
        {
            await using var command = connection.Command(null, Named(sql), parameters);
            return await command.ExecuteNonQueryAsync();
        }
    }

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        var connection = await Database.OpenAsync(CancellationToken.None);
        await using (connection)
        {
            await using var command = connection.Command(null, Named(sql), parameters);
            var value = await command.ExecuteScalarAsync();
            return (T)Convert.ChangeType(value!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Every row of the chain, as stored, oldest first.</summary>
    public async Task<IReadOnlyList<ChainRecord>> RowsAsync()
    {
        var rows = new List<ChainRecord>();
        var connection = await Database.OpenAsync(CancellationToken.None);
        await using (connection)
        {
            await using var command = connection.Command(null, $"SELECT {AuditRows.Columns} FROM {Entries} ORDER BY seq");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(AuditRows.Read(Database, reader));
            }
        }

        return rows;
    }

    /// <summary>Drops the append-only trigger, as a tamperer with the owner's rights would before changing a row.</summary>
    public Task DropAppendOnlyTriggerAsync() => ExecuteAsync(Provider == AuditProvider.Sqlite
        ? "DROP TRIGGER audit_entry_append_only"
        : "DROP TRIGGER audit_entry_append_only ON socialcare_audit.audit_entry");

    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        if (_server is null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
            {
                File.Delete(_name + suffix);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server.ConnectionString());
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>A clock for entries and purges, starting at a fixed instant.</summary>
    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private string Named(string sql) => sql.Replace("{entries}", Entries, StringComparison.Ordinal).Replace("{head}", Head, StringComparison.Ordinal);

    /// <summary>An open connection of the database's own, for a test that holds a lock.</summary>
    public async Task<DbConnection> OpenAsync() => await Database.OpenAsync(CancellationToken.None);
}

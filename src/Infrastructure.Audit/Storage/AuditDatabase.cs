using System.Data.Common;
using SocialCare.Infrastructure.Audit.Configuration;

namespace SocialCare.Infrastructure.Audit.Storage;

/// <summary>
/// What differs between the two databases behind the same store: how to connect, how a writer gets the chain to
/// itself, and how ids and times are kept. Every statement of the store is otherwise the same SQL on both.
/// </summary>
internal abstract class AuditDatabase : IAsyncDisposable
{
    public abstract AuditProvider Provider { get; }

    public string Entries => Prefix + "audit_entry";

    public string Head => Prefix + "audit_head";

    public string Versions => Prefix + "audit_schema_version";

    /// <summary>What ends the head's SELECT in an append: PostgreSQL's row lock; SQLite's transaction already holds the file.</summary>
    public abstract string LockHead { get; }

    /// <summary>The folder of this provider's schema scripts among the embedded resources.</summary>
    public abstract string ScriptFolder { get; }

    protected abstract string Prefix { get; }

    public static AuditDatabase Create(AuditProvider provider, string connectionString) => provider switch
    {
        AuditProvider.Sqlite => new SqliteAuditDatabase(connectionString),
        AuditProvider.PostgreSql => new PostgreSqlAuditDatabase(connectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "not an audit provider"),
    };

    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>A transaction in which this writer alone may append (with <see cref="LockHead"/>) or change the schema.</summary>
    public abstract ValueTask<DbTransaction> BeginExclusiveAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>A read-only snapshot: the verifier sees one state of the chain, and blocks no writer.</summary>
    public abstract ValueTask<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Serialises schema changes between processes inside <paramref name="transaction"/>.</summary>
    public abstract Task LockSchemaAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public abstract Task<bool> HasVersionTableAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken);

    /// <summary>Settings kept by the database itself, made before the first schema script (SQLite's WAL journal).</summary>
    public abstract Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken);

    public abstract object IdValue(Guid id);

    public abstract Guid ReadId(DbDataReader reader, int ordinal);

    public abstract object TimeValue(DateTimeOffset at);

    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    public abstract ValueTask DisposeAsync();
}

using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Logging;

namespace SocialCare.Infrastructure.Audit.Storage;

/// <summary>
/// The store's schema and its versions: numbered scripts per provider (<c>Storage/Schema/{provider}/NNNN-*.sql</c>),
/// each applied once, in order, in one transaction, and recorded in <c>audit_schema_version</c>. Only
/// <see cref="MigrateAsync"/> changes the schema, and only when asked to (the migrate command, or
/// <c>SocialCare:Audit:CreateSchema</c> at start-up); the store itself only checks that the version is the one it
/// was built for, and refuses to write otherwise.
/// </summary>
internal sealed partial class AuditSchema(AuditDatabase database, TimeProvider time, ILogger<AuditSchema> logger)
{
    /// <summary>The version this library reads and writes: the number of the last script.</summary>
    public const int LatestVersion = 1;

    private volatile bool _current;

    public AuditDatabase Database => database;

    /// <summary>The scripts of one provider, by version.</summary>
    public static IReadOnlyList<AuditSchemaScript> Scripts(string folder)
    {
        var prefix = $"audit-schema/{folder}/";
        var assembly = typeof(AuditSchema).Assembly;
        return
        [
            .. assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith(prefix, StringComparison.Ordinal))
                .Select(name => Load(assembly, name, name[prefix.Length..]))
                .OrderBy(script => script.Version),
        ];
    }

    /// <summary>The version the database is at: 0 when it has no audit schema.</summary>
    public async Task<int> ReadVersionAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await ReadVersionAsync(connection, null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Creates the schema, or brings it to <see cref="LatestVersion"/>; never goes back from a newer one.</summary>
    public async Task<AuditSchemaChange> MigrateAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await database.PrepareAsync(connection, cancellationToken).ConfigureAwait(false);
            var transaction = await database.BeginExclusiveAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await database.LockSchemaAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                var from = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                if (from > LatestVersion)
                {
                    throw new InvalidOperationException(
                        $"The audit store's schema is at version {from}, newer than this library's {LatestVersion}: update the library, never the schema backwards.");
                }

                foreach (var script in Scripts(database.ScriptFolder).Where(s => s.Version > from))
                {
                    await using (var command = connection.Command(transaction, script.Sql))
                    {
                        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    await using var record = connection.Command(
                        transaction,
                        $"INSERT INTO {database.Versions} (version, applied_at, description) VALUES (@version, @at, @description)",
                        ("version", script.Version),
                        ("at", database.TimeValue(time.GetUtcNow())),
                        ("description", script.Name));
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                _current = true;
                var change = new AuditSchemaChange(from, LatestVersion);
                LogSchema(logger, database.Provider, from, LatestVersion);
                return change;
            }
        }
    }

    /// <summary>Throws, with the command that fixes it, unless the schema is at <see cref="LatestVersion"/>; asks the database until it is.</summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        if (_current)
        {
            return;
        }

        var version = await ReadVersionAsync(cancellationToken).ConfigureAwait(false);
        if (version != LatestVersion)
        {
            LogNotCurrent(logger, version, LatestVersion);
            throw new InvalidOperationException(NotCurrentMessage(version));
        }

        _current = true;
    }

    public static string NotCurrentMessage(int version) => version == 0
        ? "The audit store has no schema: run the migrate command of tools/Audit.Verify, or set SocialCare:Audit:CreateSchema."
        : $"The audit store's schema is at version {version}, this library needs {LatestVersion}: run the migrate command of tools/Audit.Verify.";

    private async Task<int> ReadVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (!await database.HasVersionTableAsync(connection, transaction, cancellationToken).ConfigureAwait(false))
        {
            return 0;
        }

        await using var command = connection.Command(transaction, $"SELECT COALESCE(MAX(version), 0) FROM {database.Versions}");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static AuditSchemaScript Load(Assembly assembly, string resource, string fileName)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The schema script {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var version = int.Parse(fileName.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
        return new(version, Path.GetFileNameWithoutExtension(fileName), reader.ReadToEnd());
    }

    [LoggerMessage(EventId = 1601, Level = LogLevel.Information, Message = "Audit store ({Provider}): schema at version {To} (found {From})")]
    private static partial void LogSchema(ILogger logger, Configuration.AuditProvider provider, int from, int to);

    [LoggerMessage(EventId = 1602, Level = LogLevel.Error,
        Message = "The audit store's schema is at version {Version}, not {Expected}: every view answers unavailable until the migrate command of tools/Audit.Verify is run")]
    private static partial void LogNotCurrent(ILogger logger, int version, int expected);
}

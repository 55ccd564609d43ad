using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using SocialCare.Infrastructure.Audit.Configuration;
using SocialCare.Infrastructure.Audit.Retention;
using SocialCare.Infrastructure.Audit.Storage;
using SocialCare.Infrastructure.Audit.Verification;

namespace SocialCare.Audit.Verify;

/// <summary>
/// The audit store's operator tool (ADR 0007). Without a command it verifies the chain: exit 0 intact, 1 not (the
/// first entry that fails and why), 2 when it cannot check. <c>migrate</c> creates or updates the schema (and, on
/// PostgreSQL, grants the writer and reader roles); <c>purge</c> deletes the entries past the retention period and
/// records that it did. Prints no key and no connection string.
/// </summary>
internal static class AuditVerifyCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TimeProvider time, CancellationToken cancellationToken)
    {
        var provider = new Option<string>("--provider") { Description = "sqlite or postgresql", Required = true, Recursive = true };
        provider.AcceptOnlyFromAmong("sqlite", "postgresql");
        var connectionString = new Option<string>("--connection-string") { Description = "the audit store's connection string", Required = true, Recursive = true };
        var config = new Option<string[]>("--config")
        {
            Description = "JSON configuration files holding SocialCare:Audit:Key (and :Retention); environment variables are read too",
            Recursive = true,
            AllowMultipleArgumentsPerToken = false,
        };

        var root = new RootCommand("Verifies the SocialCare audit chain: exit 0 intact, 1 not intact, 2 cannot check.") { provider, connectionString, config };
        root.SetAction((result, token) => Guarded(error, () => VerifyAsync(Arguments(result), output, token)));

        var writerRole = new Option<string?>("--writer-role") { Description = "PostgreSQL: the host's role, granted INSERT and SELECT only" };
        var readerRole = new Option<string?>("--reader-role") { Description = "PostgreSQL: an auditor's role, granted SELECT only" };
        var migrate = new Command("migrate", "Creates the audit schema or brings it to this version; on PostgreSQL, run as the owner role, and grants the roles given.") { writerRole, readerRole };
        migrate.SetAction((result, token) => Guarded(error, () => MigrateAsync(Arguments(result), result.GetValue(writerRole), result.GetValue(readerRole), output, token)));
        root.Subcommands.Add(migrate);

        var retention = new Option<TimeSpan?>("--retention") { Description = "overrides SocialCare:Audit:Retention (default 2922.00:00:00, eight years)" };
        var operatorName = new Option<string>("--operator") { Description = "who purges, recorded in the purge's own entry", DefaultValueFactory = _ => Environment.UserName };
        var purge = new Command("purge", "Deletes the entries older than the retention period, after verifying the chain, and appends an entry recording the purge; on PostgreSQL, run as the owner role.") { retention, operatorName };
        purge.SetAction((result, token) => Guarded(error, () => PurgeAsync(Arguments(result), result.GetValue(retention), result.GetValue(operatorName)!, time, output, token)));
        root.Subcommands.Add(purge);

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors)
            {
                await error.WriteLineAsync(problem.Message).ConfigureAwait(false);
            }

            return AuditExitCodes.CannotCheck;
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken).ConfigureAwait(false);

        AuditStoreArguments Arguments(ParseResult result) => new(
            AuditStoreArguments.ParseProvider(result.GetValue(provider)!),
            result.GetValue(connectionString)!,
            AuditStoreArguments.ConfigurationFrom(result.GetValue(config) ?? []));
    }

    private static async Task<int> VerifyAsync(AuditStoreArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var key = arguments.Key();
        var database = AuditDatabase.Create(arguments.Provider, arguments.ExistingStore());
        await using (database.ConfigureAwait(false))
        {
            await EnsureSchemaAsync(database, cancellationToken).ConfigureAwait(false);
            var verification = await new AuditVerifier(database, key).VerifyAsync(cancellationToken).ConfigureAwait(false);
            if (verification.Failure is { } failure)
            {
                await output.WriteLineAsync($"NOT INTACT: {failure} ({Entries(verification.Checked)} before it verified)").ConfigureAwait(false);
                return AuditExitCodes.NotIntact;
            }

            await output.WriteLineAsync(verification.Checked == 0
                ? $"intact: no entries yet; head {verification.HeadFingerprint}"
                : $"intact: {Entries(verification.Checked)}, {verification.FirstSequence} to {verification.LastSequence}; head {verification.HeadFingerprint}").ConfigureAwait(false);
            return AuditExitCodes.Intact;
        }
    }

    private static async Task<int> MigrateAsync(AuditStoreArguments arguments, string? writer, string? reader, TextWriter output, CancellationToken cancellationToken)
    {
        if ((writer ?? reader) is not null && arguments.Provider != AuditProvider.PostgreSql)
        {
            throw new ArgumentException("--writer-role and --reader-role are PostgreSQL's: SQLite has no roles (protect the file instead).");
        }

        foreach (var role in new[] { writer, reader }.OfType<string>())
        {
            if (!AuditGrants.IsRoleName(role))
            {
                throw new ArgumentException($"'{role}' is not a role name this command grants to: 1 to 63 lower-case letters, digits and underscores.");
            }
        }

        var database = AuditDatabase.Create(arguments.Provider, arguments.ConnectionString);
        await using (database.ConfigureAwait(false))
        {
            var change = await new AuditSchema(database, TimeProvider.System, NullLogger<AuditSchema>.Instance).MigrateAsync(cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(change.From == change.To
                ? $"schema: version {change.To}, nothing to do"
                : $"schema: version {change.From} to {change.To}").ConfigureAwait(false);
            var grants = (writer is null ? [] : AuditGrants.Writer(writer)).Concat(reader is null ? [] : AuditGrants.Reader(reader)).ToList();
            if (grants.Count > 0)
            {
                var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
                await using (connection.ConfigureAwait(false))
                {
                    foreach (var grant in grants)
                    {
                        await using var command = connection.Command(null, grant);
                        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }
                }

                await output.WriteLineAsync(string.Join("; ", new[] { writer is null ? null : $"writer {writer}: INSERT and SELECT", reader is null ? null : $"reader {reader}: SELECT" }.OfType<string>())).ConfigureAwait(false);
            }

            return AuditExitCodes.Intact;
        }
    }

    private static async Task<int> PurgeAsync(AuditStoreArguments arguments, TimeSpan? retention, string operatorName, TimeProvider time, TextWriter output, CancellationToken cancellationToken)
    {
        var key = arguments.Key();
        var period = arguments.Retention(retention);
        if (period <= TimeSpan.Zero)
        {
            throw new ArgumentException("The retention period must be greater than zero.");
        }

        var database = AuditDatabase.Create(arguments.Provider, arguments.ExistingStore());
        await using (database.ConfigureAwait(false))
        {
            await EnsureSchemaAsync(database, cancellationToken).ConfigureAwait(false);
            var result = await new AuditPurge(database, key, time).PurgeAsync(period, operatorName, cancellationToken).ConfigureAwait(false);
            if (result.Refusal is { } failure)
            {
                await output.WriteLineAsync($"NOT INTACT, nothing purged: {failure}").ConfigureAwait(false);
                return AuditExitCodes.NotIntact;
            }

            await output.WriteLineAsync(
                $"purged {Entries(result.Deleted)} older than {result.Cutoff:yyyy-MM-dd HH:mm:ss}Z; the chain is kept from entry {result.KeptFrom}; "
                + $"the purge is entry {result.PurgeSequence} (id {result.PurgeId})").ConfigureAwait(false);
            return AuditExitCodes.Intact;
        }
    }

    private static async Task EnsureSchemaAsync(AuditDatabase database, CancellationToken cancellationToken)
    {
        var version = await new AuditSchema(database, TimeProvider.System, NullLogger<AuditSchema>.Instance).ReadVersionAsync(cancellationToken).ConfigureAwait(false);
        if (version != AuditSchema.LatestVersion)
        {
            throw new InvalidOperationException(AuditSchema.NotCurrentMessage(version));
        }
    }

    // Every failure to look is exit 2 with one line; the key and the connection string are never in it.
    private static async Task<int> Guarded(TextWriter error, Func<Task<int>> run)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or ArgumentException or IOException or TimeoutException or System.Net.Sockets.SocketException)
        {
            await error.WriteLineAsync($"cannot check: {exception.Message}").ConfigureAwait(false);
            return AuditExitCodes.CannotCheck;
        }
    }

    private static string Entries(long count) => count == 1 ? "1 entry" : count.ToString("N0", CultureInfo.InvariantCulture) + " entries";
}

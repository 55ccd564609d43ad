using System.Diagnostics;
using Npgsql;
using SocialCare.TestServers;

namespace SocialCare.ScaleOut.Tests.Support;

/// <summary>
/// One audit database on this run's PostgreSQL that several Hosts write to (each migrates it at start-up, as the demo
/// Host's <c>CreateSchema</c> says), counted with plain SQL and verified with the operator's tool.
/// </summary>
internal sealed class SharedAuditDatabase
{
    private SharedAuditDatabase(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    /// <summary>The Host's settings that put its audit in this database.</summary>
    public IReadOnlyDictionary<string, string> HostSettings => new Dictionary<string, string>
    {
        ["SocialCare:Audit:Provider"] = "PostgreSql",
        ["SocialCare:Audit:ConnectionString"] = ConnectionString,
        ["SocialCare:Audit:CreateSchema"] = "true",
    };

    /// <summary>A new database, after ignoring (or in CI failing) the test when PostgreSQL is not installed.</summary>
    public static async Task<SharedAuditDatabase> CreateAsync()
    {
        PostgreSqlAvailability.ForThisRun().Enforce();
        var server = await PostgreSqlServer.Shared();
        var name = "scaleout_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server.ConnectionString()))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new(server.ConnectionString(name));
    }

    public async Task<long> EntriesAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM socialcare_audit.audit_entry", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    /// <summary>Runs <c>tools/Audit.Verify</c> on the database: its exit code (0 intact) and what it printed.</summary>
    public async Task<(int ExitCode, string Output)> VerifyAsync()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["SocialCare__Audit__Key"] = HostProcess.AuditKey;
        foreach (var argument in new[] { BuildOutput.AuditToolDll, "--provider", "postgresql", "--connection-string", ConnectionString })
        {
            start.ArgumentList.Add(argument);
        }

        using var tool = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = tool.StandardOutput.ReadToEndAsync();
        var error = tool.StandardError.ReadToEndAsync();
        await tool.WaitForExitAsync();
        return (tool.ExitCode, await output + await error);
    }
}

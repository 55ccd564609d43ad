using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace SocialCare.TestServers;

/// <summary>
/// A real PostgreSQL of this run's own: Debian's initdb and pg_ctl on a temporary folder (owned by the postgres user
/// when the tests run as root, since PostgreSQL refuses root), a free port, its unix socket in that folder and no TCP
/// listener; trust authentication, so that a test connects as any role it creates. Started once for the assembly
/// (<see cref="Shared"/>), stopped and deleted at its end. Durability is off: these tests are about behaviour.
/// </summary>
public sealed class PostgreSqlServer : IAsyncDisposable
{
    private static readonly Lock Gate = new();
    private static Task<PostgreSqlServer>? _shared;

    private readonly string _bin;
    private readonly string _folder;
    private readonly bool _asPostgres;

    private PostgreSqlServer(string bin, string folder, int port, bool asPostgres)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
        _asPostgres = asPostgres;
    }

    public int Port { get; }

    public string SocketFolder => _folder;

    /// <summary>The assembly's server, started by the first test that asks (after it has enforced availability).</summary>
    public static Task<PostgreSqlServer> Shared()
    {
        lock (Gate)
        {
            return _shared ??= StartAsync();
        }
    }

    /// <summary>Stops the shared server if one was started (the assembly's one-time tear-down).</summary>
    public static async Task StopSharedAsync()
    {
        Task<PostgreSqlServer>? shared;
        lock (Gate)
        {
            shared = _shared;
            _shared = null;
        }

        if (shared is { IsCompletedSuccessfully: true })
        {
            await shared.Result.DisposeAsync();
        }
    }

    public string ConnectionString(string database = "postgres", string user = "postgres") =>
        new NpgsqlConnectionStringBuilder { Host = _folder, Port = Port, Username = user, Database = database, Timeout = 30, CommandTimeout = 60 }.ToString();

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await RunAsync("pg_ctl", "-D", DataFolder, "-m", "fast", "-w", "-t", "60", "stop");
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string DataFolder => Path.Combine(_folder, "data");

    private static async Task<PostgreSqlServer> StartAsync()
    {
        var bin = PostgreSqlAvailability.BinFolder() ?? throw new InvalidOperationException("no PostgreSQL bin folder");
        var asPostgres = Environment.UserName == "root";
        // Short: a unix socket's path is limited to about 100 bytes.
        var folder = Path.Combine("/tmp", "socialcare-pg-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(folder);
        var server = new PostgreSqlServer(bin, folder, FreePort(), asPostgres);
        try
        {
            if (asPostgres)
            {
                await Run("chown", "postgres:postgres", folder);
            }

            await server.RunAsync("initdb", "-D", server.DataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale");
            var settings = string.Join(
                ' ',
                $"-p {server.Port.ToString(CultureInfo.InvariantCulture)}",
                $"-k {folder}",
                "-c listen_addresses=''",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=200");
            await server.RunAsync("pg_ctl", "-D", server.DataFolder, "-l", Path.Combine(folder, "server.log"), "-o", settings, "-w", "-t", "60", "start");

            await using var connection = new NpgsqlConnection(server.ConnectionString());
            await connection.OpenAsync();
            await using var version = new NpgsqlCommand("SELECT version()", connection);
            var text = (string)(await version.ExecuteScalarAsync())!;
            if (!text.StartsWith("PostgreSQL", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"the server is not PostgreSQL: {text}");
            }

            return server;
        }
        catch
        {
            await server.DisposeAfterFailedStartAsync();
            throw;
        }
    }

    private async Task DisposeAfterFailedStartAsync()
    {
        try
        {
            await RunAsync("pg_ctl", "-D", DataFolder, "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // It did not start.
        }

        Directory.Delete(_folder, recursive: true);
    }

    private Task RunAsync(string tool, params string[] arguments) =>
        _asPostgres
            ? Run("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
            : Run(Path.Combine(_bin, tool), arguments);

    private static async Task Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = "/tmp" };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited {process.ExitCode}: {await output}{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SocialCare.TestServers;

/// <summary>
/// A real <c>redis-server</c> of one test's own, on loopback and a free port, its working folder a temporary one,
/// with no persistence (no RDB snapshots, no append-only file): what these tests prove is behaviour, not durability.
/// <see cref="StopAsync"/> kills it as a crash would; <see cref="StartAgainAsync"/> starts an empty one on the same
/// port, as a Redis that comes back. Disposing kills it and deletes the folder. Commands the tests send to it go over
/// a raw socket in Redis's own protocol, never through the client under test.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    /// <summary>A bound on a hang, not a measure: a server that does not answer PING by then failed to start.</summary>
    private static readonly TimeSpan StartBound = TimeSpan.FromSeconds(60);

    private readonly string _folder;
    private Process? _process;

    private RedisServer(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The StackExchange.Redis connection string of this server.</summary>
    public string ConnectionString => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Starts a server, after ignoring (or in CI failing) the test when redis-server is not installed.</summary>
    public static async Task<RedisServer> StartAsync()
    {
        RedisAvailability.ForThisRun().Enforce();
        var folder = Path.Combine(Path.GetTempPath(), "socialcare-redis-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(folder);
        var server = new RedisServer(folder, FreePort());
        try
        {
            await server.StartAgainAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>A free loopback port with nothing listening on it: a Redis that is not there.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the server (again) on its port, empty, and returns once it answers PING.</summary>
    public async Task StartAgainAsync()
    {
        if (_process is not null)
        {
            throw new InvalidOperationException("the server is running");
        }

        var start = new ProcessStartInfo(RedisAvailability.ServerPath())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        foreach (var argument in new[]
        {
            "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", _folder,
            "--save", string.Empty, "--appendonly", "no", "--daemonize", "no", "--databases", "1",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        _process = process;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var bound = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                _process = null;
                throw new InvalidOperationException($"redis-server exited {process.ExitCode}: {Read(output)}");
            }

            try
            {
                if (await CommandAsync("PING") == "+PONG")
                {
                    return;
                }
            }
            catch (SocketException)
            {
                // Not listening yet.
            }
            catch (IOException)
            {
                // Closed while starting.
            }

            if (bound.Elapsed > StartBound)
            {
                throw new InvalidOperationException($"redis-server did not answer PING: {Read(output)}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Kills the server, as a crash or a lost network would, and waits until it is gone.</summary>
    public async Task StopAsync()
    {
        var process = _process;
        _process = null;
        if (process is null)
        {
            return;
        }

        using (process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }
    }

    /// <summary>
    /// Makes the server answer no client at all for a minute (<c>CLIENT PAUSE … ALL</c>): it accepts connections and
    /// reads commands, but answers none, so a caller waits as on a Redis that is alive but far too slow.
    /// </summary>
    public async Task PauseAllClientsAsync()
    {
        var reply = await CommandAsync("CLIENT", "PAUSE", "60000", "ALL");
        if (reply != "+OK")
        {
            throw new InvalidOperationException($"CLIENT PAUSE answered {reply}");
        }
    }

    /// <summary>Every key the server holds.</summary>
    public async Task<IReadOnlyList<string>> KeysAsync()
    {
        using var client = await ConnectAsync();
        await SendAsync(client, "KEYS", "*");
        using var reader = new StreamReader(client.GetStream(), Encoding.UTF8, leaveOpen: true);
        var header = await reader.ReadLineAsync() ?? throw new IOException("no answer");
        var count = int.Parse(header.AsSpan(1), CultureInfo.InvariantCulture);
        var keys = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            _ = await reader.ReadLineAsync();
            keys.Add(await reader.ReadLineAsync() ?? throw new IOException("a key missing"));
        }

        return keys;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Read(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    /// <summary>One command and its one-line answer (a status, an error or an integer).</summary>
    private async Task<string> CommandAsync(params string[] arguments)
    {
        using var client = await ConnectAsync();
        await SendAsync(client, arguments);
        using var reader = new StreamReader(client.GetStream(), Encoding.UTF8, leaveOpen: true);
        return await reader.ReadLineAsync() ?? throw new IOException("the server closed the connection");
    }

    private async Task<TcpClient> ConnectAsync()
    {
        var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, Port);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private static async Task SendAsync(TcpClient client, params string[] arguments)
    {
        var command = new StringBuilder().Append('*').Append(arguments.Length).Append("\r\n");
        foreach (var argument in arguments)
        {
            command.Append('$').Append(Encoding.UTF8.GetByteCount(argument)).Append("\r\n").Append(argument).Append("\r\n");
        }

        await client.GetStream().WriteAsync(Encoding.UTF8.GetBytes(command.ToString()));
    }
}

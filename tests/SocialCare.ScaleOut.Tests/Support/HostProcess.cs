using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SocialCare.TestServers;

namespace SocialCare.ScaleOut.Tests.Support;

/// <summary>
/// One instance of the reference Host as an operator runs it: <c>dotnet SocialCare.Host.dll</c> in its build folder,
/// the Development environment (sandbox mode, its own in-process sandbox Mosaic on a free port), listening on a free
/// loopback port, configured by command-line settings and the audit key in the environment. Its console is kept, so a
/// test can wait on a log line. Disposing kills it.
/// </summary>
internal sealed partial class HostProcess : IAsyncDisposable
{
    /// <summary>The demo host's audit key (its appsettings.Development.json): a test constant, not a secret.</summary>
    public const string AuditKey = "sandbox-audit-key-of-the-demo-host-not-a-secret";

    /// <summary>A bound on a hang, not a measure: two Hosts start at once on a busy two-core machine.</summary>
    private static readonly TimeSpan StartBound = TimeSpan.FromMinutes(3);

    private readonly Process _process;
    private readonly List<string> _output = [];
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HostProcess(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<HostProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings)
    {
        var dll = BuildOutput.HostDll;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["SocialCare__Audit__Key"] = AuditKey;
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        start.ArgumentList.Add("--SocialCare:Sandbox:Port=" + RedisServer.FreePort().ToString(CultureInfo.InvariantCulture));
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var host = new HostProcess(name, process);
        process.OutputDataReceived += (_, e) => host.Received(e.Data);
        process.ErrorDataReceived += (_, e) => host.Received(e.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => host._listening.TrySetException(new InvalidOperationException($"{name} exited before it listened:\n{host.Output()}"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            host.BaseAddress = await host._listening.Task.WaitAsync(StartBound);
            return host;
        }
        catch (TimeoutException)
        {
            await host.DisposeAsync();
            throw new InvalidOperationException($"{name} did not listen within {StartBound}:\n{host.Output()}");
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Everything the Host wrote to its console so far.</summary>
    public string Output()
    {
        lock (_output)
        {
            return string.Join('\n', _output);
        }
    }

    /// <summary>How many console lines contain the fragment (a log line's category and event id, say).</summary>
    public int Lines(string fragment)
    {
        lock (_output)
        {
            return _output.Count(line => line.Contains(fragment, StringComparison.Ordinal));
        }
    }

    public async ValueTask DisposeAsync()
    {
        using (_process)
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync();
        }
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (Listening().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["address"].Value));
        }
    }

    [GeneratedRegex(@"Social care demo: (?<address>http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}

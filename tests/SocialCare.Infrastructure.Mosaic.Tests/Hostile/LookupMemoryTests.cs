using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SocialCare.HostileMosaic;

namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile;

/// <summary>
/// Issue 11, defect 4: sixteen views at once of a council whose five lists each send 12 pages of one 1.3 MB name,
/// measured in a process of its own (<c>tests/SocialCare.HostileMosaic</c>, the memory probe; the council is served
/// from this one, so that only the gateway is counted). Before <c>MaxLookupBytes</c> every page was read and held:
/// the probe's peak working set was 2,468 MB (16 × found, 976 requests; 1,944 MB still held at the end). With it
/// each view stops at 16 MiB: 539–552 MB over three runs. The bound, 1,024 MB, is twice the one and well under half
/// the other. Measured on the 2-core CI machine, workstation GC, with <c>dotnet SocialCare.HostileMosaic.dll serve</c>
/// and the probe built before and after the change (docs/security.md, "Oversized answers").
/// </summary>
public class LookupMemoryTests
{
    private const int BoundMb = 1024;

    [Test]
    public async Task Sixteen_concurrent_views_of_a_council_sending_pages_of_long_names_stay_under_the_bound()
    {
        await using var server = HostileServer.Start();
        var council = server.Council("long-names", LongNamesCouncil.Answer([.. CleanCouncil.Items.Keys], pages: 12, bytesPerPage: 1_300_000));

        var line = await ProbeAsync("--council", council.AbsoluteUri, "--views", "16");
        await TestContext.Progress.WriteLineAsync("Lookup memory probe: " + line);

        Assert.That(Figure(line, "outcomes"), Is.EqualTo("LookupTooLarge:16"));
        Assert.That(int.Parse(Figure(line, "peak-working-set-mb"), CultureInfo.InvariantCulture), Is.LessThan(BoundMb), line);
        Assert.That(Figure(line, "gc-server"), Is.EqualTo("False"), "the figures above were measured with workstation GC");
    }

    private static string Figure(string line, string name) =>
        Regex.Match(line, $@"(?:^| ){Regex.Escape(name)}=(\S+)") is { Success: true } match ? match.Groups[1].Value : $"({name} missing)";

    /// <summary>Runs the probe, which the test project's build copies beside this assembly, and returns its line.</summary>
    private static async Task<string> ProbeAsync(params string[] arguments)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "SocialCare.HostileMosaic.dll");
        var start = new ProcessStartInfo(DotNet())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(probe);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_gcServer"] = "0";
        start.Environment["DOTNET_gcConcurrent"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The probe did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();

        // Not a time limit on the figures: only so that a probe that hangs fails this test instead of the run.
        using var hung = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(hung.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        Assert.That(process.ExitCode, Is.Zero, await errors);
        return (await output).Trim();
    }

    private static string DotNet() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}

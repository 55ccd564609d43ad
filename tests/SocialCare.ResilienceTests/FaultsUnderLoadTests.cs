using System.Globalization;
using Microsoft.Extensions.Logging;
using SocialCare.Mosaic.Sandbox;
using SocialCare.ResilienceTests.TestSupport;

namespace SocialCare.ResilienceTests;

/// <summary>
/// Faults under load (README.md): a few clients ask for every demo patient as every demo viewer while sandbox faults
/// switch on and off on some authorities, through the reference Host with its resilience scaled down. Every answer is
/// the exact one for its patient, viewer and the faults of its window; nothing is cached, slow, leaked or left behind.
/// </summary>
public class FaultsUnderLoadTests
{
    private const int Clients = 4;
    private const int Seed = 20260527;
    private const int MinimumRequests = 2000;
    private const string SummaryFile = "resilience-summary.txt";

    /// <summary>End of the run against its middle, both after a forced full collection (README.md).</summary>
    private const double MemoryGrowth = 0.25;
    private const long MemorySlackBytes = 16 * 1024 * 1024;
    private const int ThreadSlack = 8;

    [Test]
    [CancelAfter(180_000)]
    public async Task Every_view_under_switching_faults_is_the_exact_answer_for_its_window_and_nothing_leaks_or_lingers(CancellationToken cancellationToken)
    {
        var logs = new LeakWatchingLoggerProvider(ForbiddenText.InLogs());
        using var attempts = new AttemptLog();
        RunReport report;
        await using (var sandbox = await MosaicSandbox.StartAsync(new SandboxSettings { Port = 0, LoggerProvider = logs, MinimumLogLevel = LogLevel.Trace }, cancellationToken))
        {
            await using var host = new ResilienceHost(sandbox.BaseAddress, logs, attempts);
            report = await new FaultRun(sandbox, attempts, host.CreateClient, Clients, Seed, cancellationToken).RunAsync(FaultSchedule.Windows);
        }

        var verdict = RunVerdict.Of(report);
        var sandboxTotals = SandboxCalls.Totals(report.SandboxCounts);
        var memoryLimit = Math.Max(report.Middle.ManagedBytes * (1 + MemoryGrowth), report.Middle.ManagedBytes + MemorySlackBytes);
        var summary = string.Create(
            CultureInfo.InvariantCulture,
            $"resilience: {report.Observations.Count} requests, {Clients} clients, {report.Windows.Count} windows " +
            $"(faults: {string.Join("; ", report.Windows.Where(w => !w.Window.IsFaultFree).Select(w => w.Window))}), " +
            $"outcomes ok {verdict.Exact + verdict.Degraded + verdict.Slowed} (exact {verdict.Exact}, degraded-accepted {verdict.Degraded}, " +
            $"healthy authority given up for time as the library recorded {verdict.Slowed}, wrong {verdict.Wrong.Count}), " +
            $"500s {verdict.ServerErrors}, slowest {verdict.Slowest.TotalSeconds:0.00} s (limit {ResilienceSettings.SlowestAllowed.TotalSeconds:0.0} s; " +
            $"healthy {verdict.SlowestHealthy.TotalSeconds:0.00} s), " +
            $"sandbox GET {sandboxTotals.Gets} POST {sandboxTotals.TokenPosts} other {sandboxTotals.Other}, " +
            $"windows accounted exact {verdict.ExactWindows}/{report.Windows.Count} (calls beyond the views' explained by the library's retries {verdict.ExplainedRetries}), recovery probes {report.Probes} ({report.RecoveryFailures.Count} failed), " +
            $"memory {report.Middle.ManagedMegabytes:0}→{report.End.ManagedMegabytes:0} MB, threads {report.Middle.Threads}→{report.End.Threads}, " +
            $"log lines {logs.Lines} ({logs.Leaks.Count} leaking), took {report.Duration.TotalSeconds:0} s; {ResilienceSettings.Summary}");
        await TestContext.Out.WriteLineAsync(summary);
        await TestContext.Progress.WriteLineAsync(summary);

        // dotnet test's default verbosity shows neither: .ci/run prints this file after the tests.
        await File.WriteAllTextAsync(Path.Combine(TestContext.CurrentContext.WorkDirectory, SummaryFile), summary + "\n", cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(report.Observations, Has.Count.GreaterThanOrEqualTo(MinimumRequests), "requests");
            Assert.That(verdict.Wrong, Is.Empty, "answers that are neither the full outcome, nor one the window's faults allow, nor one the library explains by time running out");
            Assert.That(verdict.Degraded, Is.GreaterThan(0), "the faults must have shown, or the run proves nothing");
            Assert.That(verdict.ServerErrors, Is.Zero, "500s");
            Assert.That(verdict.Slowest, Is.LessThanOrEqualTo(ResilienceSettings.SlowestAllowed), "slowest answer");
            Assert.That(verdict.LeakingResponses, Is.Empty, "responses carrying what no response may carry");
            Assert.That(sandboxTotals.Other, Is.Zero, "requests to the sandbox other than GETs and token POSTs");
            Assert.That(sandboxTotals.Gets, Is.GreaterThan(0));
            Assert.That(verdict.AccountingProblems, Is.Empty, "calls neither the views nor the library's own retries explain");
            Assert.That(report.RecoveryFailures, Is.Empty, "authorities still down once their faults' recovery time had passed");
            Assert.That(report.End.ManagedBytes, Is.LessThanOrEqualTo(memoryLimit), "managed memory at the end against the middle");
            Assert.That(report.End.Threads, Is.LessThanOrEqualTo(report.Middle.Threads + ThreadSlack), "threads at the end against the middle");
            Assert.That(logs.Lines, Is.GreaterThan(0), "the captured log");
            Assert.That(logs.Leaks, Is.Empty, "log lines (category, event, level) carrying an NHS number, a name or a sentinel");
        }
    }
}

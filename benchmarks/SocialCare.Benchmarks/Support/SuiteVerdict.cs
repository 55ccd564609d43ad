using BenchmarkDotNet.Reports;

namespace SocialCare.Benchmarks.Support;

/// <summary>
/// The process's exit code. BenchmarkDotNet reports a benchmark whose set-up or body threw, or that measured
/// nothing, in its log and table but still exits 0; CI must fail instead.
/// </summary>
public static class SuiteVerdict
{
    private static readonly string[] InformationSwitches = ["--list", "--help", "-h", "--version", "--info"];

    public static int ExitCode(IReadOnlyList<Summary> summaries, IReadOnlyCollection<string> args, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Any(arg => InformationSwitches.Contains(arg, StringComparer.OrdinalIgnoreCase)))
        {
            return 0;
        }

        var failures = Failures(summaries).ToList();
        foreach (var failure in failures)
        {
            error.WriteLine("Benchmark failure: " + failure);
        }

        return failures.Count == 0 ? 0 : 1;
    }

    private static IEnumerable<string> Failures(IReadOnlyList<Summary> summaries)
    {
        if (summaries.Count == 0 || summaries.All(s => s.BenchmarksCases.Length == 0))
        {
            yield return "no benchmark ran (check --filter)";
        }

        foreach (var summary in summaries)
        {
            if (summary.HasCriticalValidationErrors)
            {
                foreach (var validationError in summary.ValidationErrors.Where(e => e.IsCritical))
                {
                    yield return summary.Title + ": " + validationError.Message;
                }
            }

            foreach (var benchmark in summary.BenchmarksCases)
            {
                var report = summary[benchmark];
                if (report is null || !report.Success || !report.BuildResult.IsBuildSuccess || report.ResultStatistics is null)
                {
                    yield return benchmark.DisplayInfo + ": no result (it threw, or its build or set-up failed; see the log above)";
                }
            }
        }
    }
}

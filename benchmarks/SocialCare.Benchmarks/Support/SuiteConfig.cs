using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace SocialCare.Benchmarks.Support;

/// <summary>
/// The suite's configuration: the memory diagnoser and the median (P1's target is on medians) everywhere and, unless
/// the command line names a job (the CI's <c>--job Dry</c>), one short job, so that a full run of every class stays
/// within about ten minutes on two cores.
/// </summary>
public static class SuiteConfig
{
    private static readonly string[] JobSwitches = ["--job", "-j"];

    public static IConfig For(IReadOnlyCollection<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        // The generated project rebuilds the whole graph without the shared compiler: BenchmarkDotNet's 2 minutes are
        // not enough on a busy two-core machine.
        var config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median)
            .WithBuildTimeout(TimeSpan.FromMinutes(10));
        if (args.Any(arg => JobSwitches.Contains(arg, StringComparer.OrdinalIgnoreCase)))
        {
            return config;
        }

        // AsDefault: the job options of the command line (--inProcess, --launchCount, …) then apply to this job
        // instead of running beside it.
        // Polly and Microsoft.Extensions.Http.Resilience ship without ReadyToRun code: their methods start unoptimised
        // and tier up over seconds, slower still on a busy machine. Measured after 3 warm-ups, P1 showed that warm-up
        // (1.15 ms falling to 0.35 ms a view over 15 iterations). So: no call-counting delay (as the load test), and 10
        // warm-ups. A long-running server is in this steady state.
        return config.AddJob(Job.Default
            .WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TC_CallCountingDelayMs", "0"))
            .WithLaunchCount(1)
            .WithWarmupCount(10)
            .WithIterationCount(15)
            .WithId("Suite")
            .AsDefault());
    }
}

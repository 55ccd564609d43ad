using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace SocialCare.Benchmarks.Support;

/// <summary>
/// The suite's configuration: memory diagnoser everywhere and, unless the command line names a job (the CI's
/// <c>--job Dry</c>), one short job, so that a full run of every class stays within about fifteen minutes on two cores.
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
            .WithBuildTimeout(TimeSpan.FromMinutes(10));
        if (args.Any(arg => JobSwitches.Contains(arg, StringComparer.OrdinalIgnoreCase)))
        {
            return config;
        }

        // AsDefault: the job options of the command line (--inProcess, --launchCount, …) then apply to this job
        // instead of running beside it.
        return config.AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(15)
            .WithId("Suite")
            .AsDefault());
    }
}

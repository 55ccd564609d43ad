using BenchmarkDotNet.Running;
using SocialCare.Benchmarks.Support;

// Everything: dotnet run -c Release --project benchmarks/SocialCare.Benchmarks -- --filter '*'
// CI's dry run: add --job Dry --inProcess (README.md beside this file).
var summaries = BenchmarkSwitcher.FromAssembly(typeof(SuiteConfig).Assembly).Run(args, SuiteConfig.For(args)).ToList();
return SuiteVerdict.ExitCode(summaries, args, Console.Error);

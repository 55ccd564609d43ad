using System.Globalization;
using Microsoft.Extensions.Options;
using SocialCare.Application.Configuration;
using SocialCare.Infrastructure.Mosaic.Configuration;
using SocialCare.Infrastructure.Mosaic.Http;
using SocialCare.Mosaic.Sandbox;
using SocialCare.Mosaic.Sandbox.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace SocialCare.Benchmarks.Support;

/// <summary>
/// P3's world: a person at Brent (healthy) and Ealing (every data request hangs), another only at Brent, and short,
/// documented timeouts: attempts of 200 ms, one retry, a 2 s deadline. Ealing's total timeout is then
/// 200 ms × 2 attempts + one wait of at most 200 ms = 600 ms (<see cref="TotalTimeoutMs"/>).
/// </summary>
public static class DeadAuthoritySetup
{
    public const int TotalTimeoutMs = 600;
    public const string Healthy = BenchmarkAuthorities.Brent;
    public const string Dead = BenchmarkAuthorities.Ealing;
    public static readonly BenchmarkPatient AtBoth = new("bench-two", "9991001034", [Healthy, Dead]);
    public static readonly BenchmarkPatient AtHealthyOnly = new("bench-healthy", "9991001042", [Healthy]);

    public static async Task<(MosaicSandbox Sandbox, EmbeddedSocialCare SocialCare)> StartAsync(int minimumThroughput, TimeSpan breakDuration)
    {
        var sandbox = await BenchmarkSandbox.StartAsync();
        SeededRecords.Add(sandbox, AtBoth);
        SeededRecords.Add(sandbox, AtHealthyOnly);
        var socialCare = EmbeddedSocialCare.Start(
            sandbox.BaseAddress,
            [AtBoth, AtHealthyOnly],
            settings =>
            {
                settings["SocialCare:Deadline"] = "00:00:02";
                // Every borough, so that the others (not asked) still fit in the shorter deadline.
                foreach (var code in BenchmarkAuthorities.NorthWestLondon)
                {
                    settings[EmbeddedSocialCare.Key(code, "AttemptTimeout")] = "00:00:00.200";
                    settings[EmbeddedSocialCare.Key(code, "Retries")] = "1";
                    settings[EmbeddedSocialCare.Key(code, "CircuitBreaker:MinimumThroughput")] = minimumThroughput.ToString(CultureInfo.InvariantCulture);
                    settings[EmbeddedSocialCare.Key(code, "CircuitBreaker:BreakDuration")] = breakDuration.ToString("c", CultureInfo.InvariantCulture);
                }
            });

        // The bound in the rows' names must be the library's own arithmetic for these settings.
        var options = socialCare.Services.GetRequiredService<IOptions<MosaicOptions>>().Value;
        var deadline = socialCare.Services.GetRequiredService<IOptions<SocialCareOptions>>().Value.Deadline;
        var total = MosaicResiliencePipeline.TotalTimeout(options.Find(Dead)!, deadline);
        if (total != TimeSpan.FromMilliseconds(TotalTimeoutMs))
        {
            throw new InvalidOperationException($"The dead authority's total timeout is {total}, not {TotalTimeoutMs} ms.");
        }

        Console.WriteLine($"// Dead authority's total timeout: {total.TotalMilliseconds} ms (deadline {deadline.TotalMilliseconds} ms)");

        // Tokens first, then Ealing hangs on every data request. A cold process (JIT, first connections) can take
        // longer than one 200 ms attempt, and a token endpoint that timed out is remembered for 5 s: warm up with
        // generous timeouts, then try a few times.
        await WarmUpAsync(sandbox);
        var warm = await socialCare.ViewAsync(AtBoth.PatientId);
        for (var i = 0; i < 10 && !(warm.IsSuccess && warm.Value.Sources.Count == 2); i++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            warm = await socialCare.ViewAsync(AtBoth.PatientId);
        }

        EmbeddedSocialCare.Expect(warm, sources: 2, warnings: 0);
        sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Hang, Authority = Dead });
        return (sandbox, socialCare);
    }

    private static async Task WarmUpAsync(MosaicSandbox sandbox)
    {
        var generous = EmbeddedSocialCare.Start(sandbox.BaseAddress, [AtBoth]);
        await using (generous)
        {
            EmbeddedSocialCare.Expect(await generous.ViewAsync(AtBoth.PatientId), sources: 2, warnings: 0);
        }
    }
}

using BenchmarkDotNet.Attributes;
using SocialCare.Api.Contracts;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Baseline;
using SocialCare.Benchmarks.Support;
using SocialCare.Mosaic.Sandbox;
using SocialCare.Mosaic.Sandbox.Faults;

namespace SocialCare.Benchmarks;

/// <summary>
/// P1: one view of demo-full (one authority, Hammersmith and Fulham) through the library's mediator (directory,
/// policies, resilience, filtering, mapping), against the baseline client's same HTTP calls, on loopback and with
/// 5 ms on every data request. Target: ratio ≤ 1.10.
/// </summary>
[MemoryDiagnoser]
public class OverheadBenchmarks
{
    private const string DemoFull = "demo-full";
    private const string DemoFullNhsNumber = "9990000018";
    private MosaicSandbox _sandbox = null!;
    private BaselineMosaicClient _baseline = null!;
    private EmbeddedSocialCare _socialCare = null!;

    /// <summary>
    /// Added to every data request. 0 is loopback, where the client's own microseconds are the whole difference;
    /// 5 ms is closer to a council's Mosaic across the internet.
    /// </summary>
    [Params(0, 5)]
    public int LatencyMs { get; set; }

    [GlobalSetup]
    public async Task StartAsync()
    {
        _sandbox = await BenchmarkSandbox.StartAsync();
        _baseline = BenchmarkSandbox.Baseline(_sandbox, BenchmarkAuthorities.Hammersmith);
        _socialCare = EmbeddedSocialCare.Start(
            _sandbox.BaseAddress,
            [new BenchmarkPatient(DemoFull, DemoFullNhsNumber, [BenchmarkAuthorities.Hammersmith])]);

        // Both fetch their token here, once; both then find demo-full's record.
        if (!(await Baseline()).Found)
        {
            throw new InvalidOperationException("The baseline did not find demo-full.");
        }

        await EmbeddedSocialCare.ExpectAsync(() => _socialCare.ViewAsync(DemoFull), sources: 1, warnings: 0);
        if (LatencyMs > 0)
        {
            _sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Latency, Delay = TimeSpan.FromMilliseconds(LatencyMs) });
        }
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        await _socialCare.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Baseline client")]
    public Task<BaselineRecord> Baseline() => _baseline.GetRecordAsync(DemoFullNhsNumber);

    [Benchmark(Description = "GetSocialCareQuery via mediator")]
    public async Task<SocialCareView> View() => (await _socialCare.ViewAsync(DemoFull)).Value;

    [Benchmark(Description = "GetSocialCareQuery + API contract")]
    public async Task<SocialCareResponse> ViewAndContract() => _socialCare.Respond((await _socialCare.ViewAsync(DemoFull)).Value);
}

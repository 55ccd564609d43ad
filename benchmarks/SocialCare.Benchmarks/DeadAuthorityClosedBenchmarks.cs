using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Benchmarks.Support;
using SocialCare.Infrastructure.Mosaic.Http;
using SocialCare.Mosaic.Sandbox;

namespace SocialCare.Benchmarks;

/// <summary>
/// P3, before the circuit opens: a person at a healthy and a hanging authority. The circuit never opens here
/// (minimum throughput 100,000), so every view waits for the dead authority's total timeout and no longer: the
/// view must take at most <see cref="DeadAuthoritySetup.TotalTimeoutMs"/> ms (plus the view's own microseconds).
/// </summary>
[MemoryDiagnoser]
public class DeadAuthorityClosedBenchmarks
{
    private MosaicSandbox _sandbox = null!;
    private EmbeddedSocialCare _socialCare = null!;
    private MosaicCircuitStates _circuits = null!;

    [GlobalSetup]
    public async Task StartAsync()
    {
        (_sandbox, _socialCare) = await DeadAuthoritySetup.StartAsync(minimumThroughput: 100_000, breakDuration: TimeSpan.FromSeconds(15));
        _circuits = _socialCare.Services.GetRequiredService<MosaicCircuitStates>();
        await EmbeddedSocialCare.ExpectAsync(DeadClosed, sources: 1, warnings: 1);
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        await _socialCare.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Healthy authority alone")]
    public async Task<SocialCareView> HealthyAlone() => (await _socialCare.ViewAsync(DeadAuthoritySetup.AtHealthyOnly.PatientId)).Value;

    [Benchmark(Description = "One dead, circuit closed (bound 600 ms)")]
    public async Task<FluentResults.Result<SocialCareView>> DeadClosed()
    {
        var view = await _socialCare.ViewAsync(DeadAuthoritySetup.AtBoth.PatientId);
        return _circuits.StateOf(DeadAuthoritySetup.Dead) == CircuitState.Closed
            ? view
            : throw new InvalidOperationException("The dead authority's circuit opened: this row measures a closed one.");
    }
}

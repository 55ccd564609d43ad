using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Benchmarks.Support;
using SocialCare.Infrastructure.Mosaic.Http;
using SocialCare.Mosaic.Sandbox;

namespace SocialCare.Benchmarks;

/// <summary>
/// P3, once the circuit is open: the dead authority's circuit trips on two failures and stays open for a day, so
/// it answers at once; the view of a person at both then costs about as much as the healthy authority alone.
/// Target: ratio ≤ 1.10.
/// </summary>
[MemoryDiagnoser]
public class DeadAuthorityOpenBenchmarks
{
    private MosaicSandbox _sandbox = null!;
    private EmbeddedSocialCare _socialCare = null!;
    private MosaicCircuitStates _circuits = null!;

    [GlobalSetup]
    public async Task StartAsync()
    {
        (_sandbox, _socialCare) = await DeadAuthoritySetup.StartAsync(minimumThroughput: 2, breakDuration: TimeSpan.FromDays(1));
        _circuits = _socialCare.Services.GetRequiredService<MosaicCircuitStates>();
        for (var i = 0; i < 5 && _circuits.StateOf(DeadAuthoritySetup.Dead) != CircuitState.Open; i++)
        {
            await _socialCare.ViewAsync(DeadAuthoritySetup.AtBoth.PatientId);
        }

        await EmbeddedSocialCare.ExpectAsync(DeadOpen, sources: 1, warnings: 1);
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        await _socialCare.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Healthy authority alone")]
    public async Task<SocialCareView> HealthyAlone() => (await _socialCare.ViewAsync(DeadAuthoritySetup.AtHealthyOnly.PatientId)).Value;

    [Benchmark(Description = "One dead, circuit open")]
    public async Task<FluentResults.Result<SocialCareView>> DeadOpen()
    {
        var view = await _socialCare.ViewAsync(DeadAuthoritySetup.AtBoth.PatientId);
        return _circuits.StateOf(DeadAuthoritySetup.Dead) == CircuitState.Open
            ? view
            : throw new InvalidOperationException("The dead authority's circuit is not open: this row measures an open one.");
    }
}

using BenchmarkDotNet.Attributes;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Benchmarks.Support;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;
using SocialCare.Mosaic.Sandbox;
using SocialCare.Mosaic.Sandbox.Faults;
using Microsoft.Extensions.DependencyInjection;

namespace SocialCare.Benchmarks;

/// <summary>
/// P2: one person known to all eight North West London boroughs against the same record at one borough, every
/// sandbox data request delayed by <see cref="LatencyMs"/> (the token endpoint is not: tokens are cached). The
/// eight are asked concurrently, so the view should cost about one borough's time. Target: ratio ≤ 1.15. The
/// sequential row calls <c>IMosaicGateway</c> (the library's own adapter, same resilience) for each borough in turn.
/// </summary>
[MemoryDiagnoser]
public class FanOutBenchmarks
{
    public const int LatencyMs = 50;
    private static readonly BenchmarkPatient AtOne = new("bench-fanout-1", "9991001026", [BenchmarkAuthorities.Hammersmith]);
    private static readonly BenchmarkPatient AtEight = new("bench-fanout-8", "9991001018", BenchmarkAuthorities.NorthWestLondon);
    private MosaicSandbox _sandbox = null!;
    private EmbeddedSocialCare _socialCare = null!;
    private IMosaicGateway _gateway = null!;
    private LocalAuthority[] _boroughs = null!;
    private NhsNumber _atEightNumber = null!;

    [GlobalSetup]
    public async Task StartAsync()
    {
        _sandbox = await BenchmarkSandbox.StartAsync();
        SeededRecords.Add(_sandbox, AtOne);
        SeededRecords.Add(_sandbox, AtEight);
        _socialCare = EmbeddedSocialCare.Start(_sandbox.BaseAddress, [AtOne, AtEight]);
        _gateway = _socialCare.Services.GetRequiredService<IMosaicGateway>();
        _boroughs = [.. _socialCare.Services.GetRequiredService<ILocalAuthorityRegistry>().EnabledAuthorities];
        _atEightNumber = NhsNumber.Create(AtEight.NhsNumber).Value;

        // Tokens first, without latency; then every data request waits.
        await EmbeddedSocialCare.ExpectAsync(() => _socialCare.ViewAsync(AtEight.PatientId), sources: 8, warnings: 0);
        _sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Latency, Delay = TimeSpan.FromMilliseconds(LatencyMs) });
        await EmbeddedSocialCare.ExpectAsync(() => _socialCare.ViewAsync(AtOne.PatientId), sources: 1, warnings: 0);
        var answers = new List<MosaicLookup>();
        foreach (var borough in _boroughs)
        {
            answers.Add(await _gateway.LookupAsync(borough, _atEightNumber, CancellationToken.None));
        }

        if (answers.Count != 8 || !answers.All(answer => answer is MosaicLookup.Found))
        {
            throw new InvalidOperationException("The gateway did not find the person at all eight boroughs: " + string.Join(", ", answers));
        }
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        await _socialCare.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "1 authority, view")]
    public async Task<SocialCareView> One() => (await _socialCare.ViewAsync(AtOne.PatientId)).Value;

    [Benchmark(Description = "8 authorities, view (concurrent)")]
    public async Task<SocialCareView> Eight() => (await _socialCare.ViewAsync(AtEight.PatientId)).Value;

    [Benchmark(Description = "8 authorities, gateway loop (sequential)")]
    public async Task<int> Sequential()
    {
        var found = 0;
        foreach (var borough in _boroughs)
        {
            if (await _gateway.LookupAsync(borough, _atEightNumber, CancellationToken.None) is MosaicLookup.Found)
            {
                found++;
            }
        }

        return found;
    }
}

using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Baseline;
using SocialCare.Benchmarks.Support;
using SocialCare.Domain.Patients;
using SocialCare.Infrastructure.Mosaic.Configuration;
using SocialCare.Infrastructure.Mosaic.Http;
using SocialCare.Mosaic.Sandbox;

namespace SocialCare.Benchmarks;

/// <summary>
/// Where P1's time goes, layer by layer, for demo-full: the baseline client over a plain HttpClient, over the
/// library's socket handler alone, over the library's resources client without its resilience handler (token,
/// credentials, response cap, logging), and over the whole client (plus concurrency limit, timeouts, retry, circuit);
/// then the gateway alone; then the view.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet ends a benchmark's life through [GlobalCleanup], which disposes them.")]
public class OverheadBreakdownBenchmarks
{
    private const string DemoFull = "demo-full";
    private const string DemoFullNhsNumber = "9990000018";
    private MosaicSandbox _sandbox = null!;
    private EmbeddedSocialCare _socialCare = null!;
    private EmbeddedSocialCare _withoutResilience = null!;
    private BaselineMosaicClient _plain = null!;
    private HttpClient _socketsOnlyHttp = null!;
    private BaselineMosaicClient _socketsOnly = null!;
    private BaselineMosaicClient _withoutResilienceClient = null!;
    private BaselineMosaicClient _libraryClient = null!;
    private IMosaicGateway _gateway = null!;
    private NhsNumber _nhsNumber = null!;

    [GlobalSetup]
    public async Task StartAsync()
    {
        _sandbox = await BenchmarkSandbox.StartAsync();
        _socialCare = EmbeddedSocialCare.Start(
            _sandbox.BaseAddress,
            [new BenchmarkPatient(DemoFull, DemoFullNhsNumber, [BenchmarkAuthorities.Hammersmith])]);
        var code = BenchmarkAuthorities.Hammersmith;
        _withoutResilience = EmbeddedSocialCare.Start(
            _sandbox.BaseAddress,
            [new BenchmarkPatient(DemoFull, DemoFullNhsNumber, [code])],
            compose: services => WithoutResilienceHandler(services, code));
        var (baseUrl, tokenUrl) = (_sandbox.AuthorityBaseUrl(code), _sandbox.TokenUrl(code));
        var options = _socialCare.Services.GetRequiredService<IOptions<MosaicOptions>>().Value;
        _plain = BenchmarkSandbox.Baseline(_sandbox, code);
        _socketsOnlyHttp = new HttpClient(MosaicPrimaryHandler.Create(options.Find(code)!));
        _socketsOnly = new BaselineMosaicClient(_socketsOnlyHttp, baseUrl, tokenUrl, BenchmarkSandbox.ClientId, BenchmarkSandbox.ClientSecret);
        var libraryHttp = _socialCare.Services.GetRequiredService<IHttpClientFactory>().CreateClient(MosaicClientNames.Resources(code));
        _libraryClient = new BaselineMosaicClient(libraryHttp, baseUrl, tokenUrl, BenchmarkSandbox.ClientId, BenchmarkSandbox.ClientSecret);
        var withoutResilienceHttp = _withoutResilience.Services.GetRequiredService<IHttpClientFactory>().CreateClient(MosaicClientNames.Resources(code));
        _withoutResilienceClient = new BaselineMosaicClient(withoutResilienceHttp, baseUrl, tokenUrl, BenchmarkSandbox.ClientId, BenchmarkSandbox.ClientSecret);
        _gateway = _socialCare.Services.GetRequiredService<IMosaicGateway>();
        _nhsNumber = NhsNumber.Create(DemoFullNhsNumber).Value;

        foreach (var client in new[] { _plain, _socketsOnly, _withoutResilienceClient, _libraryClient })
        {
            if (!(await client.GetRecordAsync(DemoFullNhsNumber)).Found)
            {
                throw new InvalidOperationException("A baseline client did not find demo-full.");
            }
        }

        if (await Gateway() is not MosaicLookup.Found)
        {
            throw new InvalidOperationException("The gateway did not find demo-full.");
        }

        await EmbeddedSocialCare.ExpectAsync(() => _socialCare.ViewAsync(DemoFull), sources: 1, warnings: 0);
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        await _socialCare.DisposeAsync();
        await _withoutResilience.DisposeAsync();
        _socketsOnlyHttp.Dispose();
        await _sandbox.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Baseline client, plain HttpClient")]
    public Task<BaselineRecord> Plain() => _plain.GetRecordAsync(DemoFullNhsNumber);

    [Benchmark(Description = "Baseline client, library's socket handler")]
    public Task<BaselineRecord> SocketsOnly() => _socketsOnly.GetRecordAsync(DemoFullNhsNumber);

    [Benchmark(Description = "Baseline client, library's client without resilience")]
    public Task<BaselineRecord> WithoutResilience() => _withoutResilienceClient.GetRecordAsync(DemoFullNhsNumber);

    [Benchmark(Description = "Baseline client, library's whole client")]
    public Task<BaselineRecord> LibraryClient() => _libraryClient.GetRecordAsync(DemoFullNhsNumber);

    [Benchmark(Description = "Gateway alone")]
    public Task<MosaicLookup> Gateway() => _gateway.LookupAsync(SampleRecords.Hammersmith, _nhsNumber, CancellationToken.None);

    [Benchmark(Description = "View via mediator")]
    public async Task<SocialCareView> View() => (await _socialCare.ViewAsync(DemoFull)).Value;

    /// <summary>The resources client of <paramref name="code"/> with every other handler kept, in order.</summary>
    private static void WithoutResilienceHandler(IServiceCollection services, string code) =>
        services.Configure<HttpClientFactoryOptions>(MosaicClientNames.Resources(code), options =>
            options.HttpMessageHandlerBuilderActions.Add(builder =>
            {
                var kept = builder.AdditionalHandlers.Where(handler => handler is not ResilienceHandler).ToList();
                if (kept.Count == builder.AdditionalHandlers.Count)
                {
                    throw new InvalidOperationException("The resources client has no resilience handler to leave out.");
                }

                builder.AdditionalHandlers.Clear();
                foreach (var handler in kept)
                {
                    builder.AdditionalHandlers.Add(handler);
                }
            }));
}

using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Api.Http;
using SocialCare.Baseline;
using SocialCare.Benchmarks.Support;
using SocialCare.Infrastructure.Mosaic.Contract;
using SocialCare.Infrastructure.Mosaic.Http;
using SocialCare.Mosaic.Sandbox;
using SocialCare.Mosaic.Sandbox.Faults;

namespace SocialCare.Benchmarks;

/// <summary>
/// P4: demo-large (5,000 case notes, 500 assessments at Kensington and Chelsea), from Mosaic's bytes on. The
/// sandbox's real answers are captured once, then replayed from memory (no sockets) so that only code is measured.
/// Baseline: those bytes deserialised into the baseline's DTOs. Ours: the library's whole path from those bytes
/// (HttpClient pipeline with resilience, credentials and response cap, reader, filter, mapper, view, contract) to
/// the API's UTF-8 JSON, written to a stream as the endpoint writes it. Targets: time ratio ≤ 2.0; allocated ≤ 3 ×
/// the API's response size, which set-up prints as "// API response: N bytes".
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet ends a benchmark's life through [GlobalCleanup], which disposes them.")]
public class LargeRecordBenchmarks
{
    private const string DemoLarge = "demo-large";
    private const string DemoLargeNhsNumber = "9990000085";
    private const string Kensington = BenchmarkAuthorities.Kensington;
    private CapturedMosaic _captured = null!;
    private EmbeddedSocialCare _socialCare = null!;
    private HttpClient _replayHttp = null!;
    private BaselineMosaicClient _baselineOverReplay = null!;
    private MemoryStream _json = null!;
    private SocialCare.Application.Viewing.GetSocialCare.SocialCareView _readyView = null!;

    [GlobalSetup]
    public async Task StartAsync()
    {
        Uri sandboxUrl, baseUrl, tokenUrl;
        var sandbox = await BenchmarkSandbox.StartAsync();
        await using (sandbox)
        {
            _captured = await CapturedMosaic.CaptureAsync(sandbox, Kensington, DemoLargeNhsNumber);
            (sandboxUrl, baseUrl, tokenUrl) = (sandbox.BaseAddress, sandbox.AuthorityBaseUrl(Kensington), sandbox.TokenUrl(Kensington));
        }

        // The sandbox is gone: from here on every answer is a replay.
        _socialCare = EmbeddedSocialCare.Start(
            sandboxUrl,
            [new BenchmarkPatient(DemoLarge, DemoLargeNhsNumber, [Kensington])],
            compose: services =>
            {
                services.AddHttpClient(MosaicClientNames.Resources(Kensington)).ConfigurePrimaryHttpMessageHandler(() => new ReplayHandler(_captured));
                services.AddHttpClient(MosaicClientNames.Token(Kensington)).ConfigurePrimaryHttpMessageHandler(() => new ReplayHandler(_captured));
            });
        _replayHttp = new HttpClient(new ReplayHandler(_captured));
        _baselineOverReplay = new BaselineMosaicClient(_replayHttp, baseUrl, tokenUrl, BenchmarkSandbox.ClientId, BenchmarkSandbox.ClientSecret);
        _json = new MemoryStream();

        var view = await EmbeddedSocialCare.ExpectAsync(() => _socialCare.ViewAsync(DemoLarge), sources: 1, warnings: 0);
        var baseline = Deserialise();
        if (view.Sources[0].CaseNotes.Count != 5000 || baseline.CaseNotes.Count != 5000 || (await BaselineClientOverReplay()).CaseNotes.Count != 5000)
        {
            throw new InvalidOperationException("demo-large should have 5,000 case notes on both paths.");
        }

        _readyView = view;
        var size = await Ours();
        Console.WriteLine($"// Mosaic's bodies: {_captured.TotalBytes} bytes in {_captured.Bodies.Count} responses");
        Console.WriteLine($"// API response: {size} bytes; allocation target 3 x = {3 * size} bytes");
    }

    [GlobalCleanup]
    public async Task StopAsync()
    {
        await _socialCare.DisposeAsync();
        _replayHttp.Dispose();
        await _json.DisposeAsync();
    }

    [Benchmark(Baseline = true, Description = "Baseline: deserialise the bodies")]
    public BaselineRecord Deserialise()
    {
        var search = JsonSerializer.Deserialize(_captured.PersonSearch, BaselineJsonContext.Default.BaselinePersonSearch)!;
        return new BaselineRecord
        {
            Found = search.Persons is [_],
            WorkerRelationships = Items(SandboxResources.WorkerRelationships, BaselineJsonContext.Default.BaselinePageBaselineWorkerRelationship),
            ServiceAgreements = Items(SandboxResources.ServiceAgreements, BaselineJsonContext.Default.BaselinePageBaselineServiceAgreement),
            Assessments = Items(SandboxResources.Assessments, BaselineJsonContext.Default.BaselinePageBaselineAssessment),
            CaseNotes = Items(SandboxResources.CaseNotes, BaselineJsonContext.Default.BaselinePageBaselineCaseNote),
            CommunicationNeeds = Items(SandboxResources.CommunicationNeeds, BaselineJsonContext.Default.BaselinePageBaselineCommunicationNeed),
        };
    }

    [Benchmark(Description = "Baseline client over the replay")]
    public Task<BaselineRecord> BaselineClientOverReplay() => _baselineOverReplay.GetRecordAsync(DemoLargeNhsNumber);

    [Benchmark(Description = "Ours: bodies to the API's JSON")]
    public async Task<long> Ours()
    {
        var view = (await _socialCare.ViewAsync(DemoLarge)).Value;
        _json.SetLength(0);
        await JsonSerializer.SerializeAsync(_json, _socialCare.Respond(view), SocialCareJsonContext.Default.SocialCareResponse);
        return _json.Length;
    }

    // Where "Ours" goes: the same bodies into the library's DTOs alone, the view alone, and the contract and JSON of a
    // ready view alone (docs/performance.md, P4).
    [Benchmark(Description = "Ours, part: deserialise the bodies")]
    public int OursDeserialise()
    {
        var count = JsonSerializer.Deserialize(_captured.PersonSearch, MosaicJsonContext.Default.PersonSearchDto)!.Persons!.Count;
        count += OurItems(SandboxResources.WorkerRelationships, MosaicJsonContext.Default.MosaicPageDtoWorkerRelationshipDto);
        count += OurItems(SandboxResources.ServiceAgreements, MosaicJsonContext.Default.MosaicPageDtoServiceAgreementDto);
        count += OurItems(SandboxResources.Assessments, MosaicJsonContext.Default.MosaicPageDtoAssessmentDto);
        count += OurItems(SandboxResources.CaseNotes, MosaicJsonContext.Default.MosaicPageDtoCaseNoteDto);
        return count + OurItems(SandboxResources.CommunicationNeeds, MosaicJsonContext.Default.MosaicPageDtoCommunicationNeedDto);
    }

    [Benchmark(Description = "Ours, part: the view")]
    public async Task<int> OursView() => (await _socialCare.ViewAsync(DemoLarge)).Value.Sources.Count;

    [Benchmark(Description = "Ours, part: contract and JSON of a ready view")]
    public async Task<long> OursRespond()
    {
        _json.SetLength(0);
        await JsonSerializer.SerializeAsync(_json, _socialCare.Respond(_readyView), SocialCareJsonContext.Default.SocialCareResponse);
        return _json.Length;
    }

    private int OurItems<T>(string list, JsonTypeInfo<MosaicPageDto<T>> typeInfo)
        where T : class
    {
        var count = 0;
        foreach (var page in _captured.Pages[list])
        {
            count += JsonSerializer.Deserialize(page, typeInfo)!.Items!.Items.Count;
        }

        return count;
    }

    private List<T> Items<T>(string list, JsonTypeInfo<BaselinePage<T>> typeInfo)
    {
        var items = new List<T>();
        foreach (var page in _captured.Pages[list])
        {
            items.AddRange(JsonSerializer.Deserialize(page, typeInfo)!.Items ?? []);
        }

        return items;
    }
}

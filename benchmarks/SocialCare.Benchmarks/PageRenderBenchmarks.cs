using System.Diagnostics.CodeAnalysis;
using System.Text;
using BenchmarkDotNet.Attributes;
using SocialCare.Api.Page;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Benchmarks.Support;

namespace SocialCare.Benchmarks;

/// <summary>
/// The Social care page's render (issue 13, ADR 0012): one state of the page, from a ready view to its UTF-8 bytes in a
/// stream, as the endpoint writes it; demo-full (a few items of each kind) and demo-large (5,000 case notes, 500
/// assessments, shown 20 at a time, and with every case note: <c>?full=case-notes</c>). The views come from the
/// sandbox once, in set-up, so that only the page is measured.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet ends a benchmark's life through [GlobalCleanup], which disposes it.")]
public class PageRenderBenchmarks
{
    private const string AssetBase = "/social-care-assets";
    private static readonly BenchmarkPatient[] Patients =
    [
        new("demo-full", "9990000018", [BenchmarkAuthorities.Hammersmith]),
        new("demo-large", "9990000085", [BenchmarkAuthorities.Kensington]),
    ];

    private SocialCareView _view = null!;
    private MemoryStream _body = null!;

    [Params("demo-full", "demo-large", "demo-large?full=case-notes")]
    public string State { get; set; } = "demo-full";

    private string PatientId => State.Split('?')[0];

    private ListKind? Full => State.EndsWith("?full=case-notes", StringComparison.Ordinal) ? ListKind.CaseNotes : null;

    [GlobalSetup]
    public async Task StartAsync()
    {
        var sandbox = await BenchmarkSandbox.StartAsync();
        await using (sandbox)
        {
            var socialCare = EmbeddedSocialCare.Start(sandbox.BaseAddress, Patients);
            await using (socialCare)
            {
                _view = await EmbeddedSocialCare.ExpectAsync(() => socialCare.ViewAsync(PatientId), sources: 1, warnings: 0);
            }
        }

        _body = new MemoryStream();
        var size = await Render();
        Console.WriteLine($"// {State}: {size} bytes of HTML");
    }

    [GlobalCleanup]
    public ValueTask StopAsync() => _body.DisposeAsync();

    [Benchmark(Description = "Page: render and write")]
    public async Task<long> Render()
    {
        _body.SetLength(0);
        var html = await PageContent.ForView(
            _view,
            new PageRequest("/patients/" + PatientId + "/social-care", AssetBase, Full),
            _ => new UserMessage("Unexpected", "No warning is expected."),
            supportUrl: null).RenderAsync();
        await using (var writer = new StreamWriter(_body, Encoding.UTF8, leaveOpen: true))
        {
            await writer.WriteAsync(html);
        }

        return _body.Length;
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging.Testing;
using SocialCare.Application.Abstractions;
using SocialCare.HostileMosaic;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile.Corpus;

/// <summary>
/// Issue 11 §2: every row of <see cref="HostileCorpus"/> through the real gateway (the library's named clients and
/// resilience, composed as a host composes them) over HTTP against <see cref="HostileServer"/>, Hammersmith hostile
/// and Ealing clean, asked at once. Each row must give exactly its stated outcome, Ealing its clean record, no exception,
/// no sentinel in what the gateway returns and nothing the council sent (its NHS number echoed, its names, its
/// sentinels) in any log line of any category at any level. Rows that could make an unbounded reader hold without
/// end (bombs, oversized answers) run alone afterwards, each within its allocation bound. Attempts get 3 s (a real socket, a busy machine): the rows
/// assert outcomes, never durations. The count and the outcome histogram are printed, and written to
/// hostile-corpus-summary.txt beside this assembly for .ci/run to show.
/// </summary>
public class HostileCorpusTests
{
    private const int Parallelism = 8;

    private static readonly string[] ForbiddenInLogs =
    [
        RawJson.Sentinel, "9990000026", "999 000 0026", CleanCouncil.PersonId, "MOS-4712-P",
        "Alex Morgan", "Fulham Team", "020 7946 0100", "Westway Care", "Care Act assessment", "Phone call", "Polish interpreter",
    ];

    [Test]
    public void Corpus_covers_every_class_the_issue_lists_with_at_least_300_rows()
    {
        var corpus = HostileCorpus.All();

        Assert.That(ContractField.WithoutRole(), Is.Empty, "every member of the contract's DTOs has a role in the mutation table");
        Assert.That(corpus, Has.Count.GreaterThanOrEqualTo(300));
        Assert.That(HostileClass.Required.Where(c => !corpus.Any(row => row.Class == c)), Is.Empty, "classes without a row");
        Assert.That(corpus.GroupBy(row => row.ToString()).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "rows named alike");
        Assert.That(Enumerable.Range(100, 500).Where(status => !corpus.Any(row => row.Class == HostileClass.StatusCodes && row.Name.EndsWith(" " + status.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))), Is.Empty);
    }

    [Test]
    public async Task Every_hostile_answer_gives_its_stated_outcome_for_its_authority_only()
    {
        var corpus = HostileCorpus.All();
        await using var server = HostileServer.Start();
        var clean = server.Council("clean", CleanCouncil.Answer);
        server.Council(TransportCases.Trap, CleanCouncil.Answer);
        var results = new ConcurrentBag<CaseResult>();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(
            corpus.Where(row => row.AllocationBound is null),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism },
            async (row, _) => results.Add(await RunAsync(server, clean, row)));
        var together = clock.Elapsed;
        foreach (var row in corpus.Where(row => row.AllocationBound is not null))
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var result = await RunAsync(server, clean, row);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            results.Add(allocated <= row.AllocationBound
                ? result with { Allocated = allocated }
                : result with { Allocated = allocated, Failures = [.. result.Failures, $"allocated {allocated / (1024 * 1024)} MiB, more than its {row.AllocationBound / (1024 * 1024)} MiB"] });
        }

        var summary = Summary(corpus, results, clock.Elapsed, together);
        await TestContext.Progress.WriteLineAsync(summary);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "hostile-corpus-summary.txt"), summary + "\n");

        var failures = results.Where(r => r.Failures.Count > 0).OrderBy(r => r.Row.ToString(), StringComparer.Ordinal).ToList();
        Assert.That(
            failures,
            Is.Empty,
            () => $"{failures.Count} of {corpus.Count} rows failed:\n" + string.Join("\n", failures.Select(r => $"{r.Row}: expected {r.Row.Expected}, was {r.Actual}; {string.Join("; ", r.Failures)}")));
        Assert.That(server.Requests.Where(r => r.Council == TransportCases.Trap), Is.Empty, "no redirect was followed");
    }

    private static async Task<CaseResult> RunAsync(HostileServer server, Uri clean, HostileCase row)
    {
        var hostile = server.Council(Guid.NewGuid().ToString("N"), row.Council);
        await using var host = GatewayHost.Start(new Uri(clean, "../sandbox/"), settings =>
        {
            HostileSettings.Point(settings, Boroughs.Hammersmith, hostile);
            HostileSettings.Point(settings, Boroughs.Ealing, clean);
            HostileSettings.Patient(settings, Boroughs.Hammersmith);
            HostileSettings.Patient(settings, Boroughs.Ealing);
        });

        var failures = new List<string>();
        HostileExpectation? actual = null;
        var clock = Stopwatch.StartNew();
        try
        {
            var lookups = await Task.WhenAll(
                host.LookupAsync(Boroughs.Hammersmith, SeedPeople.NotKnown),
                host.LookupAsync(Boroughs.Ealing, SeedPeople.NotKnown));
            actual = HostileExpectation.Of(lookups[0]);
            if (!row.Expected.Matches(actual))
            {
                failures.Add("a different outcome");
            }

            if (!HostileExpectation.Clean.Matches(HostileExpectation.Of(lookups[1])))
            {
                failures.Add($"Ealing, which is clean, was {HostileExpectation.Of(lookups[1])}");
            }

            if (lookups[0] is MosaicLookup.Found found && ObjectStrings.Of(found.Record).Any(s => s.Contains(RawJson.Sentinel, StringComparison.Ordinal)))
            {
                failures.Add("a sentinel reached the record");
            }
        }
        catch (Exception exception)
        {
            failures.Add($"{exception.GetType().Name} escaped the gateway");
        }

        failures.AddRange(Leaks(host.Logs, [.. ForbiddenInLogs, .. row.CouncilText ?? []]));
        return new CaseResult(row, actual?.ToString() ?? "(none)", actual?.Label ?? "(exception)", failures, clock.Elapsed);
    }

    private static IEnumerable<string> Leaks(FakeLogCollector logs, string[] forbidden) =>
        logs.GetSnapshot()
            .Select(r => (Record: r, Text: $"{r.Message} {string.Join(',', r.StructuredState ?? [])} {r.Exception} {string.Join(',', r.Scopes)}"))
            .SelectMany(r => forbidden.Where(f => r.Text.Contains(f, StringComparison.Ordinal)).Select(f => $"\"{f[..Math.Min(f.Length, 24)]}\" in a log line of {r.Record.Category} at {r.Record.Level}"))
            .Distinct();

    private static string Summary(IReadOnlyList<HostileCase> corpus, IEnumerable<CaseResult> results, TimeSpan elapsed, TimeSpan together)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Hostile-council corpus: {corpus.Count} rows, {results.Count(r => r.Failures.Count == 0)} as stated, in {elapsed.TotalSeconds:0} s ({together.TotalSeconds:0} s for the rows run {Parallelism} at a time). Outcomes:");
        foreach (var group in results.GroupBy(r => r.Label).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {group.Count(),4}  {group.Key}");
        }

        text.Append("\nRows run alone, allocated by the whole process (bound):");
        foreach (var result in results.Where(r => r.Allocated is not null).OrderBy(r => r.Row.ToString(), StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {result.Allocated / (1024 * 1024),4} MiB ({result.Row.AllocationBound / (1024 * 1024)})  {result.Row}");
        }

        text.Append("\nSlowest rows:");
        foreach (var result in results.OrderByDescending(r => r.Took).Take(5))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {result.Took.TotalSeconds,5:0.0} s  {result.Row}");
        }

        text.Append("\nRows by class:");
        foreach (var group in corpus.GroupBy(r => r.Class).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {group.Count(),4}  {group.Key}");
        }

        return text.ToString();
    }

    private sealed record CaseResult(HostileCase Row, string Actual, string Label, IReadOnlyList<string> Failures, TimeSpan Took)
    {
        public long? Allocated { get; init; }
    }
}

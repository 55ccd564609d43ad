using System.Buffers;
using System.Text.Json.Nodes;
using SocialCare.Mosaic.Sandbox;
using SocialCare.Mosaic.Sandbox.Seed;
using SocialCare.TestSupport;

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// What must not be written (spec §3, §4, docs/architecture.md "Audit and logs"): every NHS number of the seed as
/// recorded and as people write it, the sentinels the sandbox writes into the text SocialCare must never read, form
/// contents; in a log also every worker's name the sandbox could serve, and in a response the workers of records that
/// must never be fetched. Matched with one multi-string search.
/// </summary>
internal sealed class ForbiddenText
{
    private readonly SearchValues<string> _values;

    private ForbiddenText(IReadOnlyList<string> strings)
    {
        Strings = strings;
        _values = SearchValues.Create([.. strings], StringComparison.Ordinal);
    }

    public IReadOnlyList<string> Strings { get; }

    private static IEnumerable<string> Always =>
    [
        .. Demo.NhsNumbers,
        .. Demo.NhsNumbers.Select(n => $"{n[..3]} {n[3..6]} {n[6..]}"),
        .. Demo.NhsNumbers.Select(n => $"{n[..3]}-{n[3..6]}-{n[6..]}"),
        SandboxSentinels.Prefix,
        "Synthetic form contents",
    ];

    /// <summary>
    /// For responses: beside <see cref="Always"/>, the workers of demo-not-shared (consent withheld),
    /// demo-unavailable (council down) and demo-outside-pilot (no council asked).
    /// </summary>
    public static ForbiddenText InResponses() => new([.. Always, "Odile Farrant", "Bram Achterberg", "Caspian Mbeki"]);

    public static ForbiddenText InLogs()
    {
        var names = SandboxSeed.LoadDefault().Patients
            .SelectMany(p => p.Records)
            .SelectMany(r => r.WorkerRelationships ?? [])
            .Select(item => item is JsonObject worker && worker["workerName"] is JsonValue name && name.TryGetValue<string>(out var text) ? text : null)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
        return new([.. Always, .. names]);
    }

    public bool IsIn(ReadOnlySpan<char> text) => text.ContainsAny(_values);

    /// <summary>The forbidden strings <paramref name="text"/> holds, for a failure message.</summary>
    public IReadOnlyList<string> FoundIn(string text) => [.. Strings.Where(s => text.Contains(s, StringComparison.Ordinal))];
}

using SocialCare.Application.Abstractions;
using SocialCare.HostileMosaic;

namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile.Corpus;

/// <summary>
/// What one row of the corpus expects of the hostile authority: data with the exact number of dropped items (and how
/// many items each list shows), one of the person search's answers, or unavailable with its reason.
/// </summary>
internal sealed record HostileExpectation(string Outcome, UnavailableReason? Reason = null, int Dropped = 0, IReadOnlyDictionary<string, int>? Shown = null)
{
    public static HostileExpectation NotFound { get; } = new("not-found");

    public static HostileExpectation NotShared { get; } = new("not-shared");

    public static HostileExpectation SeveralPersons { get; } = new("several-persons");

    /// <summary>The clean record: one item shown in each list, nothing dropped.</summary>
    public static HostileExpectation Clean { get; } = Found();

    public static HostileExpectation Unavailable(UnavailableReason reason) => new("unavailable", reason);

    /// <summary>Data: <paramref name="dropped"/> items dropped, <paramref name="list"/> showing <paramref name="shown"/> items, every other list its one.</summary>
    public static HostileExpectation Found(int dropped = 0, string? list = null, int shown = 1) => new(
        "found",
        Dropped: dropped,
        Shown: CleanCouncil.Items.Keys.ToDictionary(l => l, l => l == list ? shown : 1, StringComparer.Ordinal));

    /// <summary>One item of <paramref name="list"/> dropped, the rest shown.</summary>
    public static HostileExpectation ItemDropped(string list) => Found(dropped: 1, list, shown: 0);

    /// <summary>The item of <paramref name="list"/> read but not shown (ended, not a shown type, not completed).</summary>
    public static HostileExpectation ItemHidden(string list) => Found(dropped: 0, list, shown: 0);

    /// <summary>How the histogram names it: <c>found, 1 dropped</c>, <c>unavailable: MalformedResponse</c>.</summary>
    public string Label => Outcome switch
    {
        "found" => $"found, {Dropped} dropped",
        "unavailable" => $"unavailable: {Reason}",
        _ => Outcome,
    };

    /// <summary>What <paramref name="lookup"/> was, in the same terms.</summary>
    public static HostileExpectation Of(MosaicLookup lookup) => lookup switch
    {
        MosaicLookup.Found found => new(
            "found",
            Dropped: found.UnreadableItems,
            Shown: new Dictionary<string, int>(StringComparer.Ordinal)
            {
                ["worker-relationships"] = found.Record.SocialWorkers.Count,
                ["service-agreements"] = found.Record.CarePackages.Count,
                ["assessments"] = found.Record.Assessments.Count,
                ["case-notes"] = found.Record.CaseNotes.Count,
                ["communication-needs"] = found.Record.CommunicationNeeds.Count,
            }),
        MosaicLookup.NotFound => NotFound,
        MosaicLookup.NotShared => NotShared,
        MosaicLookup.SeveralPersons => SeveralPersons,
        MosaicLookup.Unavailable unavailable => Unavailable(unavailable.Reason),
        _ => new("unknown"),
    };

    /// <summary>Equal outcome, reason, dropped count and shown counts.</summary>
    public bool Matches(HostileExpectation actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        return Outcome == actual.Outcome && Reason == actual.Reason && Dropped == actual.Dropped
            && (Shown is null || (actual.Shown is not null && Shown.All(pair => actual.Shown.TryGetValue(pair.Key, out var count) && count == pair.Value)));
    }

    public override string ToString() =>
        Shown is null ? Label : Label + " (" + string.Join(", ", Shown.Select(pair => $"{pair.Key} {pair.Value}")) + ")";
}

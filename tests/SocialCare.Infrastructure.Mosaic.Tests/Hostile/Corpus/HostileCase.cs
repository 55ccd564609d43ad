using SocialCare.HostileMosaic;

namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile.Corpus;

/// <summary>
/// One row of the corpus: the class of hostility it belongs to (the list), what it does, the council that
/// does it, and what the gateway must make of it. <paramref name="CouncilText"/> is text of the council's that must
/// reach no log line (beyond what every row forbids); <paramref name="AllocationBound"/>, when set, is how much the
/// whole process may allocate while the row runs alone, for the rows that would make a reader without caps hold
/// without end (a gigabyte from a megabyte of gzip, page after page of long names).
/// </summary>
internal sealed record HostileCase(
    string Class,
    string Name,
    Func<HostileRequest, HostileAnswer> Council,
    HostileExpectation Expected,
    IReadOnlyList<string>? CouncilText = null,
    long? AllocationBound = null)
{
    public override string ToString() => $"[{Class}] {Name}";
}

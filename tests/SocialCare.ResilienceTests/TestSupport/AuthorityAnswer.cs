namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// One authority's answer for one demo patient when nothing but the seed's own faults is in force, and the GETs that
/// answer costs the sandbox: the person lookup, and for a person found and shared each list's pages.
/// </summary>
internal sealed record AuthorityAnswer(string Authority, AnswerKind Kind, ListCounts? Lists = null, bool PartialRecord = false, int ListPages = 0)
{
    public static AuthorityAnswer Found(string authority, ListCounts lists, bool partialRecord = false, int listPages = 5) =>
        new(authority, AnswerKind.Found, lists, partialRecord, listPages);

    public static AuthorityAnswer Is(string authority, AnswerKind kind) => new(authority, kind);

    /// <summary>The GETs one view makes at this authority while it is healthy: one lookup, then the lists' pages.</summary>
    public int Gets => 1 + ListPages;

    public AuthorityAnswer AsUnavailable() => new(Authority, AnswerKind.Unavailable);
}

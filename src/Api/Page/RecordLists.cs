namespace SocialCare.Api.Page;

/// <summary>
/// The five lists of a record by the names the page's <c>full</c> parameter gives them, and how many of each the page
/// shows: the first <see cref="ShortLength"/> (for the lists kept newest first, the most recent), or every item of
/// the one list named in <c>full</c>.
/// </summary>
internal static class RecordLists
{
    public const int ShortLength = 20;

    public const string FullParameter = "full";

    public const string SocialWorkers = "social-workers";
    public const string CarePackages = "care-packages";
    public const string Assessments = "assessments";
    public const string CaseNotes = "case-notes";
    public const string CommunicationNeeds = "communication-needs";

    /// <summary>How many items of a list of <paramref name="count"/> the page shows.</summary>
    public static int Shown(int count, string list, string? full) => full == list ? count : Math.Min(count, ShortLength);

    // Newest first (spec §3), so their first items are the most recent; the other lists are ordered otherwise.
    public static string Which(string list) => list is CarePackages or Assessments or CaseNotes ? "most recent" : "first";
}

using Microsoft.AspNetCore.Http;

namespace SocialCare.Api.Page;

/// <summary>
/// What the page needs to know of its address: where it is (it links to itself), where its files are, and at most
/// one <c>full</c> parameter naming a list to show in full. Anything else in the query is malformed
/// (<c>social-care.bad-request</c>).
/// </summary>
internal sealed record PageRequest(string PagePath, string AssetBase, ListKind? Full)
{
    public const string FullParameter = RecordLists.FullParameter;

    private static readonly Dictionary<string, ListKind> Names = new(StringComparer.Ordinal)
    {
        [RecordLists.SocialWorkers] = ListKind.SocialWorkers,
        [RecordLists.CarePackages] = ListKind.CarePackages,
        [RecordLists.Assessments] = ListKind.Assessments,
        [RecordLists.CaseNotes] = ListKind.CaseNotes,
        [RecordLists.CommunicationNeeds] = ListKind.CommunicationNeeds,
    };

    public static string NameOf(ListKind kind) => Names.First(pair => pair.Value == kind).Key;

    /// <summary>Reads the page's query: nothing, or one <c>full</c> naming a list; false for anything else.</summary>
    public static bool TryReadFull(IQueryCollection query, out ListKind? full)
    {
        ArgumentNullException.ThrowIfNull(query);
        full = null;
        foreach (var (key, values) in query)
        {
            if (key != FullParameter || values is not [{ } name] || !Names.TryGetValue(name, out var kind))
            {
                full = null;
                return false;
            }

            full = kind;
        }

        return true;
    }
}

using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http;

namespace SocialCare.Api.Page;

/// <summary>
/// What the page's address says beyond the patient: at most one <c>full</c> parameter naming a list to show in
/// full. Anything else is a malformed query (<c>social-care.bad-request</c>).
/// </summary>
internal sealed record PageRequest(string PagePath, string AssetBase, ListKind? Full)
{
    public const string FullParameter = "full";

    private static readonly Dictionary<string, ListKind> Names = new(StringComparer.Ordinal)
    {
        ["social-workers"] = ListKind.SocialWorkers,
        ["care-packages"] = ListKind.CarePackages,
        ["assessments"] = ListKind.Assessments,
        ["case-notes"] = ListKind.CaseNotes,
        ["communication-needs"] = ListKind.CommunicationNeeds,
    };

    public static string NameOf(ListKind kind) => Names.First(pair => pair.Value == kind).Key;

    public static bool TryRead(HttpRequest request, string assetBase, [NotNullWhen(true)] out PageRequest? page)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.PathBase.Add(request.Path).Value ?? "";
        page = null;
        ListKind? full = null;
        foreach (var (key, values) in request.Query)
        {
            if (key != FullParameter || values is not [{ } name] || !Names.TryGetValue(name, out var kind))
            {
                return false;
            }

            full = kind;
        }

        page = new(path, assetBase, full);
        return true;
    }
}

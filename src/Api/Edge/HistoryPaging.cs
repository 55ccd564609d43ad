using System.Globalization;
using Microsoft.AspNetCore.Http;
using SocialCare.Application.AccessHistory.GetAccessHistory;

namespace SocialCare.Api.Edge;

/// <summary>
/// Which page of the access history a request asks for: at most one <c>before</c>, the id of the last entry of the
/// page before (<c>olderBefore</c> in the JSON; a GUID), and on the JSON route at most one <c>pageSize</c> from 1 to
/// <see cref="GetAccessHistoryQuery.MaxPageSize"/>. Anything else in the query is malformed
/// (<c>social-care.bad-request</c>, before the viewer is asked for, so it changes nothing).
/// </summary>
internal sealed record HistoryPaging(Guid? Before, int PageSize)
{
    public const string BeforeParameter = "before";

    public const string PageSizeParameter = "pageSize";

    /// <summary>Reads the query; false for anything but the parameters above, each given once and well-formed.</summary>
    public static bool TryRead(IQueryCollection query, bool pageSizeAllowed, out HistoryPaging paging)
    {
        ArgumentNullException.ThrowIfNull(query);
        paging = new(null, GetAccessHistoryQuery.DefaultPageSize);
        foreach (var (key, values) in query)
        {
            // Names compared exactly, as the page's "full" is: "Before" is not "before".
            if (values is not [{ } value])
            {
                return false;
            }

            if (key == BeforeParameter && Guid.TryParseExact(value, "D", out var before))
            {
                paging = paging with { Before = before };
            }
            else if (pageSizeAllowed && key == PageSizeParameter && TryReadPageSize(value, out var size))
            {
                paging = paging with { PageSize = size };
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The paging of a request the address filter has admitted, which has checked its query.</summary>
    public static HistoryPaging Admitted(IQueryCollection query, bool pageSizeAllowed) =>
        TryRead(query, pageSizeAllowed, out var paging)
            ? paging
            : throw new InvalidOperationException("The access history's query was read before the address filter checked it.");

    // Digits only: no sign, no spaces, no exponent; within the query's own bounds rather than brought within them.
    private static bool TryReadPageSize(string value, out int size) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out size)
        && size is >= 1 and <= GetAccessHistoryQuery.MaxPageSize;
}

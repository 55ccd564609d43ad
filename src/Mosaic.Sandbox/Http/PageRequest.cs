using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace SocialCare.Mosaic.Sandbox.Http;

/// <summary>
/// Which page of a list is asked for: <c>?page=</c> from 1, <c>?pageSize=</c> 500 unless given and at most 1,000
/// (docs/mosaic-contract.md, "Paging"). The person search has no pages.
/// </summary>
internal readonly record struct PageRequest(int Page, int PageSize)
{
    private const int DefaultPageSize = 500;
    private const int MaxPageSize = 1000;

    /// <summary>False when <c>page</c> or <c>pageSize</c> is given but is not a positive whole number.</summary>
    public static bool TryRead(HttpRequest request, MosaicRoute route, out PageRequest page)
    {
        page = new PageRequest(1, DefaultPageSize);
        if (route.PersonId is null)
        {
            return true;
        }

        var number = 1;
        var size = DefaultPageSize;
        if (!TryPositive(request.Query["page"], ref number) || !TryPositive(request.Query["pageSize"], ref size))
        {
            return false;
        }

        page = new PageRequest(number, Math.Min(size, MaxPageSize));
        return true;
    }

    private static bool TryPositive(string? value, ref int result)
    {
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
        {
            result = parsed;
            return true;
        }

        return false;
    }
}

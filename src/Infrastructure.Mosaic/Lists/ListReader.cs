using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Mosaic.Dialects;
using SocialCare.Infrastructure.Mosaic.Http;
using SocialCare.Infrastructure.Mosaic.Reading;

namespace SocialCare.Infrastructure.Mosaic.Lists;

/// <summary>
/// Every page of one of a person's lists, in any dialect: follows the dialect's next link, which must stay under the
/// council's base URL and never name a page already read; stops at <see cref="MaxPages"/> pages or
/// <see cref="MaxItems"/> items and counts the rest as unreadable, so that the page says the record is partial rather
/// than waiting for it; and reads the whole list again in smaller pages when a page is larger than
/// <c>MaxResponseBytes</c>.
/// </summary>
internal static class ListReader
{
    internal const int PageSize = 1000;

    /// <summary>The page sizes tried in turn when a page is larger than <c>MaxResponseBytes</c>.</summary>
    internal static readonly int[] PageSizes = [PageSize, 200, 25];

    internal const int MaxPages = 100;
    internal const int MaxItems = 20_000;

    public static async Task<ReadList<T>> ReadAsync<T>(
        LookupRequests requests,
        Func<int, Uri> firstPage,
        Func<Uri, DateOnly, BodyReader<MosaicPage<T>>> reader,
        DateOnly today,
        CancellationToken cancellationToken)
        where T : class
    {
        // Mosaic may send assessment forms and note text, which are skipped but still downloaded: a page of them can
        // pass MaxResponseBytes. The list is then read again in smaller pages rather than losing the authority.
        for (var size = 0; ; size++)
        {
            try
            {
                return await ReadPagesAsync(requests, firstPage(PageSizes[size]), reader, today, cancellationToken).ConfigureAwait(false);
            }
            catch (MosaicUnavailableException tooLarge) when (tooLarge.Reason == UnavailableReason.ResponseTooLarge && size + 1 < PageSizes.Length)
            {
            }
        }
    }

    private static async Task<ReadList<T>> ReadPagesAsync<T>(
        LookupRequests requests,
        Uri first,
        Func<Uri, DateOnly, BodyReader<MosaicPage<T>>> reader,
        DateOnly today,
        CancellationToken cancellationToken)
        where T : class
    {
        var items = new List<MosaicItem<T>>();
        var unreadable = 0;
        var uri = Under(requests.BaseAddress, first);
        var visited = new HashSet<Uri> { uri };
        for (var pages = 1; ; pages++)
        {
            var page = await requests.GetAsync(uri, reader(uri, today), configure: null, cancellationToken).ConfigureAwait(false);
            items.AddRange(page.Items);
            unreadable += page.Unreadable;
            if (page.Next is not { } next)
            {
                break;
            }

            uri = Under(requests.BaseAddress, next);
            if (!visited.Add(uri))
            {
                throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
            }

            if (pages >= MaxPages || items.Count >= MaxItems)
            {
                unreadable += Math.Max(1, (page.TotalItems ?? 0) - items.Count);
                break;
            }
        }

        if (items.Count > MaxItems)
        {
            unreadable += items.Count - MaxItems;
            items.RemoveRange(MaxItems, items.Count - MaxItems);
        }

        return new ReadList<T>(items, unreadable);
    }

    /// <summary>
    /// <paramref name="link"/> made absolute against the council's base URL; a link elsewhere (another host, or above
    /// the base path) is a malformed answer: the council's credentials and the person's id are never sent there.
    /// </summary>
    private static Uri Under(Uri? baseAddress, Uri link)
    {
        if (baseAddress is null)
        {
            return link;
        }

        var absolute = link.IsAbsoluteUri ? link : new Uri(baseAddress, link);
        return absolute.AbsoluteUri.StartsWith(baseAddress.AbsoluteUri, StringComparison.Ordinal)
            ? absolute
            : throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
    }
}

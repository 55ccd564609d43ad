using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Mosaic.Contract;
using SocialCare.Infrastructure.Mosaic.Http;

namespace SocialCare.Infrastructure.Mosaic.Lists;

/// <summary>
/// Every page of one of a person's lists, as one <see cref="ItemList{T}"/>: follows <c>nextPage</c>, which must move
/// forward; stops at <see cref="MaxPages"/> pages or <see cref="MaxItems"/> items and counts the rest as unreadable,
/// so that the page says the record is partial rather than waiting for it; and reads the whole list again in smaller
/// pages when a page is larger than <c>MaxResponseBytes</c>. How a page is asked for is <see cref="PageUri"/>.
/// </summary>
internal static class ListReader
{
    internal const int PageSize = 1000;

    /// <summary>The page sizes tried in turn when a page is larger than <c>MaxResponseBytes</c>.</summary>
    internal static readonly int[] PageSizes = [PageSize, 200, 25];

    internal const int MaxPages = 100;
    internal const int MaxItems = 20_000;

    public static async Task<ItemList<T>> ReadAsync<T>(
        LookupRequests requests, string path, JsonTypeInfo<MosaicPageDto<T>> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        // Mosaic may send assessment forms and note text, which are skipped but still downloaded: a page of them can
        // pass MaxResponseBytes. The list is then read again in smaller pages rather than losing the authority.
        for (var size = 0; ; size++)
        {
            try
            {
                return await ReadPagesAsync(requests, path, PageSizes[size], typeInfo, cancellationToken).ConfigureAwait(false);
            }
            catch (MosaicUnavailableException tooLarge) when (tooLarge.Reason == UnavailableReason.ResponseTooLarge && size + 1 < PageSizes.Length)
            {
            }
        }
    }

    private static async Task<ItemList<T>> ReadPagesAsync<T>(
        LookupRequests requests, string path, int pageSize, JsonTypeInfo<MosaicPageDto<T>> typeInfo, CancellationToken cancellationToken)
        where T : class
    {
        var items = new List<T>();
        var unreadable = 0;
        var page = 1;
        for (var pages = 1; ; pages++)
        {
            var dto = await requests.GetAsync(PageUri(path, page, pageSize), typeInfo, configure: null, cancellationToken).ConfigureAwait(false);
            if (dto.Items is null)
            {
                throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
            }

            items.AddRange(dto.Items.Items);
            unreadable += dto.Items.Unreadable;
            if (dto.NextPage is not { } next)
            {
                break;
            }

            if (next <= Math.Max(page, dto.Page))
            {
                throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
            }

            if (pages >= MaxPages || items.Count >= MaxItems)
            {
                unreadable += Math.Max(1, (dto.TotalItems ?? 0) - items.Count);
                break;
            }

            page = next;
        }

        if (items.Count > MaxItems)
        {
            unreadable += items.Count - MaxItems;
            items.RemoveRange(MaxItems, items.Count - MaxItems);
        }

        return new ItemList<T>(items, unreadable);
    }

    /// <summary>The contract's page request (docs/mosaic-contract.md, "Paging").</summary>
    private static Uri PageUri(string path, int page, int pageSize) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{path}?page={page}&pageSize={pageSize}"), UriKind.Relative);
}

using System.Text.Json;
using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Mosaic.Contract;
using SocialCare.Infrastructure.Mosaic.Http;

namespace SocialCare.Infrastructure.Mosaic.Dialects;

/// <summary>Builds a <see cref="MosaicPage{T}"/> from a JSON array, one item at a time.</summary>
public static class MosaicPages
{
    /// <summary>
    /// Reads each element of <paramref name="items"/> with <paramref name="read"/>. An element that is not an object,
    /// or whose reading throws a reader's error (a wrong JSON type, a missing property, a value out of range), is
    /// counted as unreadable and the rest are read. <paramref name="items"/> not being an array makes the page
    /// malformed (<see cref="MosaicUnavailableException"/>).
    /// </summary>
    public static MosaicPage<T> Read<T>(JsonElement items, Func<JsonElement, MosaicItem<T>> read, Uri? next, int? totalItems = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        if (items.ValueKind != JsonValueKind.Array)
        {
            throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
        }

        var readItems = new List<MosaicItem<T>>(items.GetArrayLength());
        var unreadable = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                unreadable++;
                continue;
            }

            try
            {
                readItems.Add(read(item));
            }
            catch (Exception exception) when (UnreadableValue.Is(exception))
            {
                unreadable++;
            }
        }

        return new MosaicPage<T>(readItems, next, unreadable, totalItems);
    }
}

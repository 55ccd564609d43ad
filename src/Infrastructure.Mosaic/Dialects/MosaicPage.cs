namespace SocialCare.Infrastructure.Mosaic.Dialects;

/// <summary>
/// One page of a list as a dialect read it: its items, how many could not even be told apart as items, and where the
/// next page is. The library follows <see cref="Next"/> (relative to the council's base URL, or absolute under it;
/// anything else, or a page already read, is a malformed answer) up to its own page and item limits.
/// </summary>
public sealed class MosaicPage<T>(IReadOnlyList<MosaicItem<T>> items, Uri? next, int unreadable = 0, int? totalItems = null)
    where T : class
{
    public IReadOnlyList<MosaicItem<T>> Items { get; } = items ?? throw new ArgumentNullException(nameof(items));

    /// <summary>The next page, or null on the last.</summary>
    public Uri? Next { get; } = next;

    /// <summary>Items that could not be read at all (not an object, say), on top of <see cref="MosaicItem{T}.Unreadable"/> ones.</summary>
    public int Unreadable { get; } = unreadable >= 0 ? unreadable : throw new ArgumentOutOfRangeException(nameof(unreadable));

    /// <summary>The list's length, if the council says: what is left unread past the library's limits is counted from it.</summary>
    public int? TotalItems { get; } = totalItems;
}

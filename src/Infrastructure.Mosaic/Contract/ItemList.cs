namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>The items of a page that could be read, and how many could not (spec §4: dropped, then a warning).</summary>
internal sealed class ItemList<T>(IReadOnlyList<T> items, int unreadable)
{
    public IReadOnlyList<T> Items { get; } = items;

    public int Unreadable { get; } = unreadable;
}

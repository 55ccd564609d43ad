namespace SocialCare.Infrastructure.Mosaic.Dialects;

/// <summary>
/// What a dialect made of one item (made by <see cref="MosaicItems.Show{T}"/>, <see cref="MosaicItems.Hide{T}"/> or
/// <see cref="MosaicItem.Unreadable{T}"/>): shown (as a domain record), hidden (by spec §4: not current, not completed), or
/// unreadable. The library shows an id listed twice once (the first), and counts as unreadable an item without an
/// id, whatever else it says.
/// </summary>
public readonly record struct MosaicItem<T>
    where T : class
{
    internal MosaicItem(string? id, T? value, bool isUnreadable)
    {
        Id = id;
        Value = value;
        IsUnreadable = isUnreadable;
    }

    /// <summary>The item's id in Mosaic.</summary>
    public string? Id { get; }

    /// <summary>The record to show; null when hidden or unreadable.</summary>
    public T? Value { get; }

    /// <summary>True when the item could not be read: dropped, and counted for the <c>partial-record</c> warning.</summary>
    public bool IsUnreadable { get; }
}

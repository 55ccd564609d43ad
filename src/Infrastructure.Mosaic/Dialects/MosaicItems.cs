namespace SocialCare.Infrastructure.Mosaic.Dialects;

/// <summary>Makes <see cref="MosaicItem{T}"/>s: what a dialect's reader answers for each item.</summary>
public static class MosaicItems
{
    /// <summary>Shown, as <paramref name="value"/>.</summary>
    public static MosaicItem<T> Show<T>(string? id, T value)
        where T : class =>
        new(id, value ?? throw new ArgumentNullException(nameof(value)), isUnreadable: false);

    /// <summary>Read, and not shown by spec §4 (not current, not completed, proposed, draft…).</summary>
    public static MosaicItem<T> Hide<T>(string? id)
        where T : class =>
        new(id, null, isUnreadable: false);

    /// <summary>Could not be read: dropped, and counted for the <c>partial-record</c> warning.</summary>
    public static MosaicItem<T> Unreadable<T>(string? id = null)
        where T : class =>
        new(id, null, isUnreadable: true);
}

namespace SocialCare.Infrastructure.Mosaic.Reading;

/// <summary>What the rules of spec §4 make of one item: shown (as a domain record), hidden, or unreadable.</summary>
internal readonly record struct Verdict<T>(T? Value, bool IsUnreadable)
    where T : class
{
    public static Verdict<T> Hidden => default;

    public static Verdict<T> Unreadable => new(null, true);

    public static Verdict<T> Show(T value) => new(value, false);
}

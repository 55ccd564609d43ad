using System.Globalization;

namespace SocialCare.Mosaic.Conformance.Tests.SecondDialect;

/// <summary>
/// Reads the second dialect's dates: <c>dd/MM/yyyy</c>, an ISO 8601 wall-clock time (Europe/London), or an ISO 8601
/// instant with an offset, which is converted to Europe/London before its date is taken (spec §4).
/// </summary>
internal static class SecondDialectDates
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    private static readonly string[] WallClockFormats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    private static readonly string[] OffsetFormats =
        ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    public static DateOnly Today(TimeProvider clock) => InLondon(clock.GetUtcNow());

    public static bool TryRead(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateTime.TryParseExact(text, WallClockFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            date = DateOnly.FromDateTime(wallClock);
            return true;
        }

        // AssumeUniversal gives the 'Z' forms their offset; the zzz forms carry their own.
        if (DateTimeOffset.TryParseExact(text, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            date = InLondon(instant);
            return true;
        }

        return false;
    }

    private static DateOnly InLondon(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, London).DateTime);
}

using System.Globalization;

namespace SocialCare.Api.Page;

/// <summary>Dates as people read them ("4 March 2026"), with the machine-readable value in <c>&lt;time&gt;</c>.</summary>
internal static class PageDates
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static string Time(DateOnly date) =>
        $"<time datetime=\"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}\">{Long(date)}</time>";

    public static string Time(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, London);
        var machine = instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        return $"<time datetime=\"{machine}\">{local.ToString("HH:mm", CultureInfo.InvariantCulture)} on {Long(DateOnly.FromDateTime(local.DateTime))}</time>";
    }

    private static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}

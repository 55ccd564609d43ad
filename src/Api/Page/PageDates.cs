using System.Globalization;
using SocialCare.Application.Calendar;

namespace SocialCare.Api.Page;

/// <summary>Dates as people read them ("4 March 2026"), with the machine-readable value in <c>&lt;time&gt;</c>.</summary>
internal static class PageDates
{
    public static string Time(DateOnly date) =>
        $"<time datetime=\"{LondonCalendar.FormatDate(date)}\">{Long(date)}</time>";

    public static string Time(DateTimeOffset instant)
    {
        var local = LondonCalendar.InLondon(instant);
        return $"<time datetime=\"{LondonCalendar.FormatInstant(instant)}\">{local.ToString("HH:mm", CultureInfo.InvariantCulture)} on {Long(DateOnly.FromDateTime(local.DateTime))}</time>";
    }

    private static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}

using System.Globalization;
using SocialCare.Application.Calendar;

namespace SocialCare.Api.Page;

/// <summary>
/// Dates as people read them ("4 March 2026"; an instant in London, "10:15 on 4 March 2026"), and the machine-readable
/// values that go in <c>&lt;time datetime&gt;</c> (<see cref="Components.PageDate"/>, <see cref="Components.PageInstant"/>).
/// </summary>
internal static class PageDates
{
    public static string Value(DateOnly date) => LondonCalendar.FormatDate(date);

    public static string Text(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Value(DateTimeOffset instant) => LondonCalendar.FormatInstant(instant);

    public static string Text(DateTimeOffset instant)
    {
        var local = LondonCalendar.InLondon(instant);
        return $"{local.ToString("HH:mm", CultureInfo.InvariantCulture)} on {Text(DateOnly.FromDateTime(local.DateTime))}";
    }
}

using SocialCare.Application.Calendar;

namespace SocialCare.Infrastructure.Mosaic.Dialects;

/// <summary>What a page reader may need: the request it answers, and today's date in Europe/London.</summary>
/// <param name="Request">The absolute URL of the page being read, for a dialect whose next link is relative to it.</param>
/// <param name="Today">Today in Europe/London: an item that has ended before it, or starts after it, is not current.</param>
public sealed record MosaicReadContext(Uri Request, DateOnly Today)
{
    /// <summary>The date of <paramref name="instant"/> in Europe/London (spec §4: offsets are converted first).</summary>
    public static DateOnly LondonDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, LondonCalendar.Zone).DateTime);
}

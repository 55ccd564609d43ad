using System.Globalization;

namespace SocialCare.Application.Calendar;

/// <summary>
/// Spec §3–4: dates are Europe/London's and instants are written in UTC, whatever the server's zone. The one lookup of
/// the zone and the one way of writing a date and an instant, shared by the Mosaic adapter, the API's JSON and the
/// page, so that they cannot disagree.
/// </summary>
/// <remarks>
/// The zone comes from the system's time-zone data (the <c>tzdata</c> package on Linux). Where there is none, as in
/// some slim container images, the United Kingdom's rule in force since 1996 stands in for it: exact from 1996 on,
/// and for earlier years the same rule is assumed (docs/embedding.md).
/// </remarks>
public static class LondonCalendar
{
    /// <summary>The IANA id of the zone.</summary>
    public const string ZoneId = "Europe/London";

    private const string DateFormat = "yyyy-MM-dd";
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>Europe/London, from the system's time-zone data or, without it, <see cref="RuleSince1996"/>.</summary>
    public static TimeZoneInfo Zone { get; } = Find(TimeZoneInfo.FindSystemTimeZoneById);

    /// <summary>Today's date in London.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(InLondon(time.GetUtcNow()).DateTime);
    }

    /// <summary>The same instant as London's clocks showed it.</summary>
    public static DateTimeOffset InLondon(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>
    /// London's date at <paramref name="instant"/>; false, never an exception, when London's clock then falls outside
    /// the calendar (a moment of 1 January of year 1, when London was a minute behind UTC).
    /// </summary>
    public static bool TryGetDate(DateTimeOffset instant, out DateOnly date)
    {
        var utc = instant.UtcDateTime;

        // London has been from 1m15s behind UTC (its mean time before 1847) to 2h ahead (double summer time in the
        // 1940s), so from 01:00 to 21:59 UTC its date is UTC's: the zone is asked only nearer midnight.
        if (utc.Hour is >= 1 and <= 21)
        {
            date = DateOnly.FromDateTime(utc);
            return true;
        }

        date = default;
        var londonTicks = utc.Ticks + Zone.GetUtcOffset(utc).Ticks;
        if (londonTicks < DateTime.MinValue.Ticks || londonTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        date = DateOnly.FromDateTime(new DateTime(londonTicks, DateTimeKind.Unspecified));
        return true;
    }

    /// <summary>A date as spec §3 writes it: <c>2026-03-04</c>.</summary>
    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>An instant as spec §3 writes it: in UTC, with exactly three fraction digits, <c>2026-03-04T10:15:30.123Z</c>.</summary>
    public static string FormatInstant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture);

    /// <summary>The zone <paramref name="findSystemZone"/> finds, or <see cref="RuleSince1996"/> when the system has no data for it.</summary>
    internal static TimeZoneInfo Find(Func<string, TimeZoneInfo> findSystemZone)
    {
        try
        {
            return findSystemZone(ZoneId);
        }
        catch (Exception exception) when (exception is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return RuleSince1996();
        }
    }

    /// <summary>
    /// Greenwich Mean Time, and British Summer Time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
    /// Sunday of October: the rule since 1996, applied to every year.
    /// </summary>
    internal static TimeZoneInfo RuleSince1996()
    {
        var summerTime = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
            DateTime.MinValue.Date,
            DateTime.MaxValue.Date,
            TimeSpan.FromHours(1),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 1, 0, 0), 3, 5, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 10, 5, DayOfWeek.Sunday));
        return TimeZoneInfo.CreateCustomTimeZone(ZoneId, TimeSpan.Zero, ZoneId, "GMT", "BST", [summerTime]);
    }
}

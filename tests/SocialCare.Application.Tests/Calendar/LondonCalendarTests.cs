using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using SocialCare.Application.Calendar;

namespace SocialCare.Application.Tests.Calendar;

/// <summary>Spec §3–4: London's dates and UTC instants, one zone lookup, one way of writing each.</summary>
public class LondonCalendarTests
{
    [TestCase("2026-06-30T23:30:00Z", "2026-07-01")]
    [TestCase("2026-06-30T22:59:59Z", "2026-06-30")]
    [TestCase("2026-01-31T23:30:00Z", "2026-01-31")]
    [TestCase("2026-10-25T00:30:00Z", "2026-10-25")]
    [TestCase("2026-03-04T12:00:00+14:00", "2026-03-03")]
    [TestCase("1968-12-31T23:30:00Z", "1969-01-01")]
    [TestCase("9999-12-31T23:59:59Z", "9999-12-31")]
    public void Date_of_an_instant_is_londons(string instant, string expected)
    {
        Assert.That(LondonCalendar.TryGetDate(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture), out var date), Is.True);
        Assert.That(date, Is.EqualTo(DateOnly.Parse(expected, CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Instant_whose_london_clock_is_before_the_calendar_has_no_date() =>
        Assert.That(LondonCalendar.TryGetDate(new DateTimeOffset(1, 1, 1, 0, 0, 30, TimeSpan.Zero), out _), Is.False);

    [Test]
    public void Today_is_londons_date()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero));

        Assert.That(LondonCalendar.Today(time), Is.EqualTo(new DateOnly(2026, 7, 1)));
    }

    [Test]
    public void Instant_is_written_in_utc_with_milliseconds() =>
        Assert.That(
            LondonCalendar.FormatInstant(new DateTimeOffset(2026, 7, 1, 0, 15, 30, 123, TimeSpan.FromHours(1)).AddTicks(4567)),
            Is.EqualTo("2026-06-30T23:15:30.123Z"));

    [Test]
    public void Date_is_written_year_month_day() =>
        Assert.That(LondonCalendar.FormatDate(new DateOnly(2026, 3, 4)), Is.EqualTo("2026-03-04"));

    [Test]
    public void Without_the_systems_zone_data_the_rule_since_1996_stands_in()
    {
        var zone = LondonCalendar.Find(id => throw new TimeZoneNotFoundException(id));

        Assert.That(zone.Id, Is.EqualTo("Europe/London"));
        Assert.That(zone.GetUtcOffset(new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc)), Is.EqualTo(TimeSpan.FromHours(1)));
        Assert.That(zone.GetUtcOffset(new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc)), Is.EqualTo(TimeSpan.Zero));
    }

    [Test]
    public void Rule_since_1996_gives_londons_offset_at_every_hour_from_1996_to_2060()
    {
        var system = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var rule = LondonCalendar.RuleSince1996();
        var differences = new List<DateTime>();
        for (var utc = new DateTime(1996, 1, 1, 0, 0, 0, DateTimeKind.Utc); utc.Year < 2061; utc = utc.AddHours(1))
        {
            if (rule.GetUtcOffset(utc) != system.GetUtcOffset(utc))
            {
                differences.Add(utc);
            }
        }

        Assert.That(differences, Is.Empty);
    }
}

using SocialCare.Infrastructure.Mosaic.Contract;

namespace SocialCare.Infrastructure.Mosaic.Tests.Contract;

/// <summary>docs/mosaic-contract.md "Dates": the date is always Europe/London's.</summary>
public class MosaicDateConverterTests
{
    [TestCase("2026-03-04", "2026-03-04")]
    [TestCase("2026-03-04T10:15:30", "2026-03-04")]
    [TestCase("2026-03-04T23:59:59", "2026-03-04")]
    [TestCase("2026-06-30T23:30:00Z", "2026-07-01")]
    [TestCase("2026-06-30T22:59:59Z", "2026-06-30")]
    [TestCase("2026-01-31T23:30:00Z", "2026-01-31")]
    [TestCase("2026-06-30T23:30:00+01:00", "2026-06-30")]
    [TestCase("2026-12-31T20:00:00-05:00", "2027-01-01")]
    [TestCase("2026-03-29T00:30:00Z", "2026-03-29")]
    [TestCase("2026-10-24T23:30:00Z", "2026-10-25")]
    [TestCase("2026-10-25T23:30:00Z", "2026-10-25")]
    [TestCase("2026-06-30T23:30:00.1234567Z", "2026-07-01")]
    public void Date_is_taken_in_london(string wire, string expected)
    {
        Assert.That(MosaicDateConverter.TryParse(wire, out var date), Is.True);
        Assert.That(date, Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("")]
    [TestCase("04/03/2026")]
    [TestCase("2026-13-01")]
    [TestCase("2026-02-30")]
    [TestCase("2026-3-4")]
    [TestCase("yesterday")]
    [TestCase("2026-03-04 10:15")]
    [TestCase("March 4 2026")]
    public void Anything_else_cannot_be_read(string wire) =>
        Assert.That(MosaicDateConverter.TryParse(wire, out _), Is.False);

    [TestCase("9999-12-31T23:00:00-14:00")]
    [TestCase("9999-12-31T23:59:59.9999999-00:01")]
    [TestCase("9999-12-31T10:00:00-14:00")]
    [TestCase("0001-01-01T00:00:00+14:00")]
    [TestCase("0001-01-01T00:00:00+00:01")]
    [TestCase("9999-12-31T23:00:00-14:01")]
    [TestCase("2026-03-04T10:15:30+15:00")]
    [TestCase("10000-01-01")]
    [TestCase("0000-01-01")]
    public void Instant_that_leaves_the_calendar_once_its_offset_is_applied_cannot_be_read(string wire)
    {
        Assert.That(MosaicDateConverter.TryParse(wire, out _), Is.False);
        Assert.That(MosaicDateConverter.TryParseIsoDateTime(wire, out _), Is.False);
        Assert.That(MosaicDateConverter.TryParseAnyDateTime(wire, out _), Is.False);
    }

    [TestCase("2026-03-04T12:00:00+14:00", "2026-03-03")]
    [TestCase("2026-03-04T12:00:00-14:00", "2026-03-05")]
    [TestCase("0001-01-02T00:00:00+14:00", "0001-01-01")]
    [TestCase("9999-12-30T23:00:00-14:00", "9999-12-31")]
    [TestCase("9999-12-31T23:59:59Z", "9999-12-31")]
    public void Offsets_of_fourteen_hours_are_read(string wire, string expected)
    {
        Assert.That(MosaicDateConverter.TryParse(wire, out var date), Is.True);
        Assert.That(date, Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Date_times_in_Mosaics_shape_read_as_the_general_parser_reads_them()
    {
        // The hand-written reading of yyyy-MM-ddTHH:mm:ss[.f][Z|±HH:mm] against DateTime's, across eighty years of
        // London's clock changes (double summer time included), near midnight and with offsets.
        var random = new Random(20261127);
        var mismatches = new List<string>();
        for (var i = 0; i < 20_000; i++)
        {
            var day = new DateOnly(1940, 1, 1).AddDays(random.Next(0, 40_000));
            var hour = random.Next(3) == 0 ? random.Next(21, 24) : random.Next(24);
            var time = new TimeOnly(hour, random.Next(60), random.Next(60));
            var fraction = random.Next(4) switch { 0 => "", 1 => ".5", 2 => ".123", _ => ".1234567" };
            var offset = random.Next(5) switch { 0 => "", 1 => "Z", 2 => "+01:00", 3 => "-05:30", _ => "+14:00" };
            var wire = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd}T{time:HH:mm:ss}{fraction}{offset}");

            var read = MosaicDateConverter.TryParseIsoDateTime(wire, out var date);
            var general = MosaicDateConverter.TryParseAnyDateTime(wire, out var generalDate);

            if (!read || read != general || date != generalDate)
            {
                mismatches.Add($"{wire}: {date} against {generalDate}");
            }
        }

        Assert.That(mismatches, Is.Empty);
    }

    [TestCase("2026-03-04T24:00:00Z")]
    [TestCase("2026-03-04T10:15:30+15:00")]
    [TestCase("2026-03-04T10:15:30.12345678Z")]
    [TestCase("2026-03-04T10:15:30+0100")]
    [TestCase("2026-03-04t10:15:30z")]
    [TestCase("2026-03-04T10:15:60Z")]
    [TestCase("2026-03-04T10:15Z")]
    [TestCase("2026-03-04T10:15:30.Z")]
    public void Other_date_time_shapes_are_read_as_the_general_parser_reads_them(string wire)
    {
        var read = MosaicDateConverter.TryParse(wire, out var date);

        Assert.That((read, date), Is.EqualTo((MosaicDateConverter.TryParseAnyDateTime(wire, out var general), general)));
    }
}

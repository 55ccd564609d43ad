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
}

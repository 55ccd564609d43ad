using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using SocialCare.Infrastructure.Mosaic.Contract;

namespace SocialCare.Infrastructure.Mosaic.Tests.Contract;

/// <summary>
/// docs/mosaic-contract.md "Dates": the date is always Europe/London's, and what is not a date fails with a
/// <see cref="JsonException"/> (which costs only its item), never another exception. Every value goes through JSON, as
/// Mosaic's do: the JSON string token, quotes and escapes included, is what each case gives.
/// </summary>
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
    [TestCase("2026-03-04T10:15:30.5+05:30", "2026-03-04")]
    [TestCase("2026-03-04T00:00:00-00:00", "2026-03-04")]
    public void Date_is_taken_in_london(string wire, string expected) =>
        Assert.That(Read(Quoted(wire)), Is.EqualTo(Date(expected)));

    // Spring forward: 01:00 UTC on the last Sunday of March (29 March 2026) London goes from GMT to BST, so 23:00 UTC is
    // already the next day in summer and not yet in winter. Fall back: 01:00 UTC on 25 October 2026.
    [TestCase("2026-03-28T23:30:00Z", "2026-03-28")]
    [TestCase("2026-03-29T00:59:59Z", "2026-03-29")]
    [TestCase("2026-03-29T01:00:00Z", "2026-03-29")]
    [TestCase("2026-03-29T22:59:59Z", "2026-03-29")]
    [TestCase("2026-03-29T23:00:00Z", "2026-03-30")]
    [TestCase("2026-10-24T22:59:59Z", "2026-10-24")]
    [TestCase("2026-10-24T23:00:00Z", "2026-10-25")]
    [TestCase("2026-10-25T00:59:59Z", "2026-10-25")]
    [TestCase("2026-10-25T23:00:00Z", "2026-10-25")]
    [TestCase("2026-10-25T23:59:59Z", "2026-10-25")]
    [TestCase("2026-10-26T00:00:00+01:00", "2026-10-25")]
    public void Date_follows_londons_clock_across_both_changes(string wire, string expected) =>
        Assert.That(Read(Quoted(wire)), Is.EqualTo(Date(expected)));

    // Without an offset the time is London's own clock, even in the hour that does not exist or happens twice.
    [TestCase("2026-03-29T01:30:00", "2026-03-29")]
    [TestCase("2026-10-25T01:30:00", "2026-10-25")]
    public void Date_time_without_an_offset_keeps_its_own_date(string wire, string expected) =>
        Assert.That(Read(Quoted(wire)), Is.EqualTo(Date(expected)));

    [TestCase("\"2024\\u002D06\\u002D30\"", "2024-06-30")]
    [TestCase("\"\\u0032024-06-30\"", "2024-06-30")]
    [TestCase("\"2024-06-30T23\\u003A30:00Z\"", "2024-07-01")]
    [TestCase("\"2024-06-30T23:30:00\\u002B01:00\"", "2024-06-30")]
    [TestCase("\"2024-06-30\\u005423:30:00\\u005A\"", "2024-07-01")]
    public void Escaped_value_reads_as_its_unescaped_text(string token, string expected) =>
        Assert.That(Read(token), Is.EqualTo(Date(expected)));

    [Test]
    public void Value_with_every_character_escaped_is_read()
    {
        var token = "\"" + string.Concat("2024-06-30T23:30:00.1234567+01:00".Select(c => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"))) + "\"";

        Assert.That(Read(token), Is.EqualTo(Date("2024-06-30")));
    }

    [TestCase("")]
    [TestCase("04/03/2026")]
    [TestCase("2026-13-01")]
    [TestCase("2026-02-30")]
    [TestCase("2026-3-4")]
    [TestCase("yesterday")]
    [TestCase("2026-03-04 10:15")]
    [TestCase("2026-03-04 10:15:30Z")]
    [TestCase("March 4 2026")]
    [TestCase("2026-03-04T24:00:00Z")]
    [TestCase("2026-03-04T10:15:60Z")]
    [TestCase("2026-03-04t10:15:30z")]
    [TestCase("2026-03-04T10")]
    [TestCase("2026-03-04T")]
    [TestCase("2026-03-04Z")]
    [TestCase("2026-03-04+01:00")]
    [TestCase(" 2026-03-04")]
    [TestCase("2026-03-04T10:15:30Z ")]
    [TestCase("2026-03-04T10:15:30ZZ")]
    [TestCase("2026-03-04T10:15:30GMT")]
    [TestCase("2026-03-04T10:15:30+01:00:00")]
    [TestCase("+2026-03-04")]
    [TestCase("-0001-01-01")]
    public void Anything_else_cannot_be_read(string wire) => AssertUnreadable(Quoted(wire));

    // Shapes DateTime.TryParse took, through the old converter's general fallback, but that are not ISO 8601's
    // extended format that the contract names (docs/mosaic-contract.md, ADR 0010): no longer read.
    [TestCase("2026-03-04T10:15:30+0100")]
    [TestCase("2026-03-04T10:15:30 +01:00")]
    [TestCase("2026-03-04T10:15:30,5Z")]
    public void Date_times_outside_iso_8601s_extended_format_cannot_be_read(string wire) => AssertUnreadable(Quoted(wire));

    [TestCase("9999-12-31T23:00:00-14:00")]
    [TestCase("9999-12-31T23:59:59.9999999-00:01")]
    [TestCase("9999-12-31T10:00:00-14:00")]
    [TestCase("0001-01-01T00:00:00+14:00")]
    [TestCase("0001-01-01T00:00:00+00:01")]
    [TestCase("9999-12-31T23:00:00-14:01")]
    [TestCase("2026-03-04T10:15:30+15:00")]
    [TestCase("2026-03-04T10:15:30+14:30")]
    [TestCase("2026-03-04T10:15:30+13:60")]
    [TestCase("10000-01-01")]
    [TestCase("0000-01-01")]
    public void Instant_that_leaves_the_calendar_once_its_offset_is_applied_cannot_be_read(string wire) =>
        AssertUnreadable(Quoted(wire));

    [TestCase("2026-03-04T12:00:00+14:00", "2026-03-03")]
    [TestCase("2026-03-04T12:00:00-14:00", "2026-03-05")]
    [TestCase("0001-01-02T00:00:00+14:00", "0001-01-01")]
    [TestCase("9999-12-30T23:00:00-14:00", "9999-12-31")]
    [TestCase("9999-12-31T23:59:59Z", "9999-12-31")]
    public void Offsets_of_fourteen_hours_are_read(string wire, string expected) =>
        Assert.That(Read(Quoted(wire)), Is.EqualTo(Date(expected)));

    // ISO 8601 shapes the reader takes beside Mosaic's usual one: minutes without seconds, an hour-only offset, a
    // fraction longer than a tick (its extra digits dropped).
    [TestCase("2026-03-04T10:15", "2026-03-04")]
    [TestCase("2026-03-04T23:15Z", "2026-03-04")]
    [TestCase("2026-06-30T23:30:00+01", "2026-06-30")]
    [TestCase("2026-06-30T23:30:00.123456789012345Z", "2026-07-01")]
    public void Other_iso_8601_shapes_are_read(string wire, string expected) =>
        Assert.That(Read(Quoted(wire)), Is.EqualTo(Date(expected)));

    // A fraction longer than the reader takes (42 bytes in all), then longer than any escaped date (256 bytes), then
    // far longer.
    [TestCase(30)]
    [TestCase(300)]
    [TestCase(100_000)]
    public void Too_long_a_value_cannot_be_read(int fractionDigits) =>
        AssertUnreadable(Quoted("2026-06-30T23:30:00." + new string('1', fractionDigits) + "Z"));

    [Test]
    public void Too_long_an_escaped_value_cannot_be_read() =>
        AssertUnreadable("\"2026-06-30T23:30:00Z" + string.Concat(Enumerable.Repeat("\\u0030", 60)) + "\"");

    [TestCase("1")]
    [TestCase("null")]
    [TestCase("true")]
    [TestCase("[\"2026-03-04\"]")]
    [TestCase("{\"date\":\"2026-03-04\"}")]
    public void Value_that_is_not_a_string_cannot_be_read(string json) => AssertUnreadable(json);

    [TestCase("2026-06-30T23:30:00Z", "2026-07-01")]
    [TestCase("2026-06-30", "2026-06-30")]
    [TestCase("2026-06-30T23:30:00+14:01", null)]
    public void Value_split_across_buffers_reads_as_it_does_whole(string wire, string? expected)
    {
        var bytes = Encoding.UTF8.GetBytes(Quoted(wire));
        var reader = new Utf8JsonReader(Segments.Split(bytes, 3));
        reader.Read();
        Assert.That(reader.HasValueSequence, Is.True);

        DateOnly? read;
        try
        {
            read = new MosaicDateConverter().Read(ref reader, typeof(DateOnly), JsonSerializerOptions.Default);
        }
        catch (JsonException)
        {
            read = null;
        }

        DateOnly? wanted = expected is null ? null : Date(expected);
        Assert.That(read, Is.EqualTo(wanted));
    }

    [Test]
    public void Dates_are_written_as_the_contract_writes_them()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            new MosaicDateConverter().Write(writer, new DateOnly(2026, 3, 4), JsonSerializerOptions.Default);
        }

        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo("\"2026-03-04\""));
    }

    private static string Quoted(string wire) => "\"" + wire + "\"";

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Read(string token)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(token));
        reader.Read();
        return new MosaicDateConverter().Read(ref reader, typeof(DateOnly), JsonSerializerOptions.Default);
    }

    // Only a JsonException: the item's reader catches that one and no other.
    private static void AssertUnreadable(string token) => Assert.That(() => Read(token), Throws.TypeOf<JsonException>());

    private sealed class Segments : ReadOnlySequenceSegment<byte>
    {
        private Segments(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public static ReadOnlySequence<byte> Split(byte[] bytes, int size)
        {
            var first = new Segments(bytes.AsMemory(0, Math.Min(size, bytes.Length)), 0);
            var last = first;
            for (var start = size; start < bytes.Length; start += size)
            {
                var next = new Segments(bytes.AsMemory(start, Math.Min(size, bytes.Length - start)), start);
                last.Next = next;
                last = next;
            }

            return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
        }
    }
}

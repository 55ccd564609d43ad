using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using SocialCare.Application.Calendar;

namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>
/// Spec §4: a date, or a date-time whose date is taken in Europe/London — converted there first when it carries an
/// offset, so that 23:30 UTC on 30 June (00:30 in London) is 1 July. Anything else fails the item.
/// </summary>
internal sealed class MosaicDateConverter : JsonConverter<DateOnly>
{
    // Unescaped, a JSON string never has more characters than its UTF-8 bytes: this many bytes fit this many chars.
    private const int MaxStackLength = 64;

    // One to seven fraction digits: what one unit of the last digit is worth in ticks.
    private static readonly long[] TicksPerFractionDigit = [1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A date is not a string.");
        }

        // Parsed from a stack copy: a string per date was a tenth of what a large record allocated. A longer value
        // is no date of Mosaic's, but is read as before rather than refused here.
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length <= MaxStackLength)
        {
            Span<char> text = stackalloc char[MaxStackLength];
            var written = reader.CopyString(text);
            return TryParse(text[..written], out var date) ? date : throw new JsonException("A date could not be read.");
        }

        return TryParse(reader.GetString(), out var longDate) ? longDate : throw new JsonException("A date could not be read.");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    internal static bool TryParse(string? text, out DateOnly date) => TryParse(text.AsSpan(), out date);

    internal static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.IsEmpty)
        {
            return false;
        }

        if (text.Length == 10)
        {
            return TryParseIsoDate(text, out date);
        }

        if (TryParseIsoDateTime(text, out date))
        {
            return true;
        }

        return TryParseAnyDateTime(text, out date);
    }

    /// <summary>
    /// The general reading of a date-time: <see cref="DateTime.TryParse(string, IFormatProvider, DateTimeStyles, out DateTime)"/>'s,
    /// an offset taken to UTC and then to London. An instant whose UTC or London time falls outside the calendar
    /// (<c>9999-12-31T23:00:00-14:00</c>) cannot be read; nothing here throws.
    /// </summary>
    internal static bool TryParseAnyDateTime(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (!text.Contains('T') || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return false;
        }

        // Without an offset the time is already London's.
        if (parsed.Kind == DateTimeKind.Unspecified)
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }

        // With one, DateTime has moved it to this machine's time, and at the calendar's ends it wraps the day rather
        // than fail (0001-01-01T00:00+14:00 reads as 10:00 UTC that day): the instant is read again as an offset,
        // which refuses what falls outside the calendar.
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && LondonCalendar.TryGetDate(instant, out date);
    }

    /// <summary>
    /// The shape Mosaic sends, <c>yyyy-MM-ddTHH:mm:ss[.fffffff][Z|±HH:mm]</c>, by hand: the general parser, run twice,
    /// and a time-zone conversion were most of a large record's time (5,000 case notes). Any other shape is left to
    /// <see cref="TryParseAnyDateTime"/>, so what is accepted does not change; an instant outside the calendar once
    /// its offset is applied is refused by both.
    /// </summary>
    internal static bool TryParseIsoDateTime(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text.Length < 19 || text[10] != 'T' || text[13] != ':' || text[16] != ':'
            || !TryParseIsoDate(text[..10], out var day)
            || !TryTwoDigits(text.Slice(11, 2), 23, out var hour)
            || !TryTwoDigits(text.Slice(14, 2), 59, out var minute)
            || !TryTwoDigits(text.Slice(17, 2), 59, out var second))
        {
            return false;
        }

        var rest = text[19..];
        var ticks = 0L;
        if (rest.Length > 0 && rest[0] == '.')
        {
            var digits = 1;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            {
                digits++;
            }

            if (digits is 1 or > 8)
            {
                return false;
            }

            ticks = long.Parse(rest[1..digits], NumberStyles.None, CultureInfo.InvariantCulture) * TicksPerFractionDigit[digits - 2];
            rest = rest[digits..];
        }

        if (rest.IsEmpty)
        {
            // No offset: already London's time.
            date = day;
            return true;
        }

        TimeSpan offset;
        if (rest is "Z")
        {
            offset = TimeSpan.Zero;
        }
        else if (rest.Length == 6 && rest[0] is '+' or '-' && rest[3] == ':'
            && TryTwoDigits(rest.Slice(1, 2), 14, out var offsetHours)
            && TryTwoDigits(rest.Slice(4, 2), 59, out var offsetMinutes)
            && offsetHours * 60 + offsetMinutes <= 14 * 60)
        {
            offset = new TimeSpan(offsetHours, offsetMinutes, 0) * (rest[0] == '-' ? -1 : 1);
        }
        else
        {
            return false;
        }

        // In ticks, not DateTime arithmetic: an offset can take the instant out of the calendar (0001-01-01T00:00+14:00),
        // which DateTime would throw for.
        var utcTicks = day.ToDateTime(new TimeOnly(hour, minute, second)).Ticks + ticks - offset.Ticks;
        if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        return LondonCalendar.TryGetDate(new DateTimeOffset(utcTicks, TimeSpan.Zero), out date);
    }

    private static bool TryTwoDigits(ReadOnlySpan<char> text, int max, out int value)
    {
        value = 0;
        if (!char.IsAsciiDigit(text[0]) || !char.IsAsciiDigit(text[1]))
        {
            return false;
        }

        value = (text[0] - '0') * 10 + (text[1] - '0');
        return value <= max;
    }

    /// <summary>
    /// <c>yyyy-MM-dd</c>, as <c>DateOnly.TryParseExact</c> with that format reads it, by hand: the general parser was a
    /// third of a large record's time (5,500 dates).
    /// </summary>
    private static bool TryParseIsoDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        if (text[4] != '-' || text[7] != '-'
            || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using SocialCare.Application.Calendar;

namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>
/// Spec §4: a date, or an ISO 8601 date-time whose date is taken in Europe/London — converted there first when it
/// carries an offset, so that 23:30 UTC on 30 June (00:30 in London) is 1 July. Parsed by the JSON reader itself, from
/// the UTF-8 bytes (ADR 0010: a parser of our own did not pay for itself). Anything else, and an instant that leaves
/// the calendar once its offset or London's is applied (<c>0001-01-01T00:00:00+14:00</c>), fails the item: nothing
/// here throws anything but <see cref="JsonException"/>, which the item's reader catches.
/// </summary>
internal sealed class MosaicDateConverter : JsonConverter<DateOnly>
{
    // Longer than any date-time the reader takes (42 bytes once unescaped) even with every character escaped (6 bytes
    // each): a longer value is no date, and is refused before it is copied.
    private const int MaxEscapedLength = 256;

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && TryRead(ref reader, out var date)
            ? date
            : throw new JsonException("A date could not be read.");

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(LondonCalendar.FormatDate(value));
    }

    /// <summary>
    /// Without an offset the value is a date, or London's own clock, and its date is the one written; with one (<c>Z</c>
    /// or <c>±HH:mm</c>) it is an instant, and its date is London's. Each is read by the reader's parser that keeps it
    /// as written: its <see cref="DateTime"/> would move an instant to this machine's zone, and its
    /// <see cref="DateTimeOffset"/> would give a time without an offset this machine's offset.
    /// </summary>
    private static bool TryRead(ref Utf8JsonReader reader, out DateOnly date)
    {
        date = default;
        if (!TryFindOffset(ref reader, out var hasOffset))
        {
            return false;
        }

        if (hasOffset)
        {
            return reader.TryGetDateTimeOffset(out var instant) && LondonCalendar.TryGetDate(instant, out date);
        }

        if (!reader.TryGetDateTime(out var written) || written.Kind != DateTimeKind.Unspecified)
        {
            return false;
        }

        date = DateOnly.FromDateTime(written);
        return true;
    }

    /// <summary>Whether the value's time carries an offset: a <c>Z</c>, <c>+</c> or <c>-</c> after its <c>T</c>.</summary>
    private static bool TryFindOffset(ref Utf8JsonReader reader, out bool hasOffset)
    {
        hasOffset = false;
        if ((reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length) > MaxEscapedLength)
        {
            return false;
        }

        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            hasOffset = HasOffset(reader.ValueSpan);
            return true;
        }

        Span<byte> value = stackalloc byte[MaxEscapedLength];
        hasOffset = HasOffset(value[..reader.CopyString(value)]);
        return true;
    }

    private static bool HasOffset(ReadOnlySpan<byte> value)
    {
        var time = value.IndexOf((byte)'T');
        return time >= 0 && value[(time + 1)..].IndexOfAny("Z+-"u8) >= 0;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using SocialCare.Application.Calendar;

namespace SocialCare.Benchmarks.Support;

/// <summary>
/// Spec §4: a date, or an ISO 8601 date-time whose date is taken in Europe/London — converted there first when it
/// carries an offset, so that 23:30 UTC on 30 June (00:30 in London) is 1 July. Parsed by the JSON reader itself, from
/// the UTF-8 bytes (the candidate of ADR 0010). Anything else, and an instant that leaves the calendar once its offset or London's is
/// applied (<c>0001-01-01T00:00:00+14:00</c>), fails the item: nothing here throws past it.
/// </summary>
internal sealed class ReaderDateConverter : JsonConverter<DateOnly>
{
    // Longer than any date-time the reader takes (42 bytes once unescaped), with every character escaped.
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
    /// or <c>±HH:mm</c>) it is an instant, and its date is London's. Each is read by the parser that keeps it as
    /// written: the reader's <see cref="DateTime"/> would move an instant to this machine's zone, and its
    /// <see cref="DateTimeOffset"/> would give a time without an offset this machine's.
    /// </summary>
    internal static bool TryRead(ref Utf8JsonReader reader, out DateOnly date)
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
        if (!reader.HasValueSequence && !reader.ValueIsEscaped)
        {
            hasOffset = HasOffset(reader.ValueSpan);
            return true;
        }

        hasOffset = false;
        if ((reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length) > MaxEscapedLength)
        {
            return false;
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

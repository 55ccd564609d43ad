using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using SocialCare.Infrastructure.Mosaic.Reading;

namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>
/// Spec §4: a date, or a date-time whose date is taken in Europe/London — converted there first when it carries an
/// offset, so that 23:30 UTC on 30 June (00:30 in London) is 1 July. Anything else fails the item.
/// </summary>
internal sealed class MosaicDateConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A date is not a string.");
        }

        var text = reader.GetString();
        return TryParse(text, out var date) ? date : throw new JsonException("A date could not be read.");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    internal static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (text.Length == 10)
        {
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }

        if (!DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) || !text.Contains('T', StringComparison.Ordinal))
        {
            return false;
        }

        // Without an offset the time is already London's; with one (Kind Utc or Local after parsing), convert it.
        var londonTime = parsed.Kind == DateTimeKind.Unspecified
            ? parsed
            : TimeZoneInfo.ConvertTime(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture), LondonCalendar.Zone).DateTime;
        date = DateOnly.FromDateTime(londonTime);
        return true;
    }
}

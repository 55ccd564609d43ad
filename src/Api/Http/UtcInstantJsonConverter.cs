using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using SocialCare.Application.Calendar;

namespace SocialCare.Api.Http;

/// <summary>Instants as spec §3 fixes them: ISO 8601 in UTC with exactly three fraction digits and a <c>Z</c>.</summary>
internal sealed class UtcInstantJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString() ?? "", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LondonCalendar.FormatInstant(value));
}

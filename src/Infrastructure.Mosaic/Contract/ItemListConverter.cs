using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialCare.Infrastructure.Mosaic.Contract;

/// <summary>
/// Reads an <c>items</c> array one item at a time, so that an item that cannot be read (a wrong JSON type, an
/// unknown status) is dropped and counted instead of failing the whole page. A page that is not valid JSON still
/// fails: only well-formed items are skipped.
/// </summary>
internal sealed class ItemListConverter<T> : JsonConverter<ItemList<T>>
    where T : class
{
    public override ItemList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("items is not an array.");
        }

        // The item's own converter, called directly: JsonSerializer.Deserialize(ref reader) would scan each item to
        // its end before parsing it (P4 in docs/performance.md: 5,000 notes read twice).
        var converter = (JsonConverter<T>)options.GetTypeInfo(typeof(T)).Converter;
        var items = new List<T>();
        var unreadable = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                // null, a number, a string, an array: not an item.
                reader.Skip();
                unreadable++;
                continue;
            }

            // The converter is given the whole array, so a copy of the reader is a checkpoint to skip back from.
            var checkpoint = reader;
            try
            {
                if (converter.Read(ref reader, typeof(T), options) is { } item)
                {
                    items.Add(item);
                }
                else
                {
                    unreadable++;
                }
            }
            catch (Exception exception) when (UnreadableValue.Is(exception))
            {
                // Called directly, the converter throws what the reader threw (a string read as a number, say)
                // rather than the JsonException the serializer would have wrapped it in.
                reader = checkpoint;
                reader.Skip();
                unreadable++;
            }
        }

        return new ItemList<T>(items, unreadable);
    }

    public override void Write(Utf8JsonWriter writer, ItemList<T> value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Mosaic's responses are only read.");
}

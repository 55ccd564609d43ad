using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

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

        var typeInfo = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var items = new List<T>();
        var unreadable = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            // The converter is given the whole array, so a copy of the reader is a checkpoint to skip back from.
            var checkpoint = reader;
            try
            {
                if (JsonSerializer.Deserialize(ref reader, typeInfo) is { } item)
                {
                    items.Add(item);
                }
                else
                {
                    unreadable++;
                }
            }
            catch (JsonException)
            {
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

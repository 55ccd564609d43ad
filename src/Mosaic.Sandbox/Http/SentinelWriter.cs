using System.Text.Json.Nodes;
using SocialCare.Mosaic.Sandbox.Faults;
using SocialCare.Mosaic.Sandbox.People;

namespace SocialCare.Mosaic.Sandbox.Http;

/// <summary>
/// Writes <see cref="SandboxSentinels"/> markers into the fields a client must never read, on every item served,
/// whether or not the seed gave them.
/// </summary>
internal static class SentinelWriter
{
    public static JsonNode? Mark(JsonNode? item, StoredPerson person, string list, int index)
    {
        if (item is not JsonObject fields)
        {
            return item;
        }

        var itemId = fields["id"] is JsonValue id && id.TryGetValue<string>(out var text) && text.Length > 0
            ? text
            : $"item{index}";
        string Marker(string field) => SandboxSentinels.For(person.Authority, person.PersonId, itemId, field);

        if (list == SandboxResources.Assessments)
        {
            if (fields["form"] is JsonObject form)
            {
                form["sentinel"] = Marker("form");
            }
            else
            {
                fields["form"] = new JsonObject { ["sentinel"] = Marker("form") };
            }
        }
        else if (list == SandboxResources.CaseNotes)
        {
            fields["title"] = $"{Prefix(fields["title"], "Case note")} {Marker("title")}";
            fields["text"] = $"{Prefix(fields["text"], "Synthetic note text.")} {Marker("text")}";
        }

        return fields;
    }

    private static string Prefix(JsonNode? existing, string fallback) =>
        existing is JsonValue value && value.TryGetValue<string>(out var text) ? text : fallback;
}

using System.Text;
using System.Text.Json;

namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile.Corpus;

/// <summary>
/// JSON written member by member, so that a member can be missing, repeated or hold anything at all, and then as
/// bytes, where <see cref="InvalidUtf8"/> becomes bytes that are not UTF-8.
/// </summary>
internal static class RawJson
{
    /// <summary>Stands for two bytes that are not UTF-8 (0xFF 0xFE) until <see cref="Bytes"/>.</summary>
    public const string InvalidUtf8 = "\uE000INVALID-UTF8\uE000";

    /// <summary>What every row's council text carries where it must never be shown or logged.</summary>
    public const string Sentinel = "HOSTILE-SENTINEL";

    public static List<(string Name, string Raw)> Members(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject().Select(p => (p.Name, p.Value.GetRawText()))];
    }

    public static string Object(IEnumerable<(string Name, string Raw)> members) =>
        "{" + string.Join(',', members.Select(m => Quote(m.Name) + ":" + m.Raw)) + "}";

    /// <summary><paramref name="json"/> with member <paramref name="name"/> given <paramref name="raw"/> (null: removed), then <paramref name="repeat"/> once more if set.</summary>
    public static string With(string json, string name, string? raw, string? repeat = null)
    {
        var members = Members(json);
        var at = members.FindIndex(m => m.Name == name);
        if (at < 0)
        {
            members.Add((name, raw ?? "null"));
            at = members.Count - 1;
        }

        if (raw is null)
        {
            members.RemoveAt(at);
        }
        else
        {
            members[at] = (name, raw);
        }

        if (repeat is not null)
        {
            members.Add((name, repeat));
        }

        return Object(members);
    }

    public static string Quote(string text) => JsonSerializer.Serialize(text);

    /// <summary>A string of <paramref name="length"/> characters of <paramref name="fill"/>.</summary>
    public static string Long(int length, char fill) => "\"" + new string(fill, length) + "\"";

    /// <summary><paramref name="depth"/> arrays, one inside the other.</summary>
    public static string Nested(int depth) => new string('[', depth) + new string(']', depth);

    public static byte[] Bytes(string json) => WithInvalidUtf8(Encoding.UTF8.GetBytes(json));

    private static byte[] WithInvalidUtf8(byte[] bytes)
    {
        var marker = Encoding.UTF8.GetBytes(InvalidUtf8);
        var at = bytes.AsSpan().IndexOf(marker);
        return at < 0 ? bytes : WithInvalidUtf8([.. bytes.AsSpan(0, at), 0xFF, 0xFE, .. bytes.AsSpan(at + marker.Length)]);
    }
}

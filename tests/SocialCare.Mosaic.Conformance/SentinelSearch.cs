using System.Collections;
using System.Reflection;

namespace SocialCare.Mosaic.Conformance;

/// <summary>Walks an object graph for a string, so a leak is found wherever an adapter put it.</summary>
internal static class SentinelSearch
{
    /// <summary>The paths (<c>Record.CaseNotes[3].ToString()</c>) at which <paramref name="sentinel"/> appears.</summary>
    public static IReadOnlyList<string> FindIn(object root, string sentinel)
    {
        var found = new List<string>();
        Walk(root, "lookup", sentinel, found, new HashSet<object>(ReferenceEqualityComparer.Instance), depth: 0);
        return found;
    }

    private static void Walk(object? value, string path, string sentinel, List<string> found, HashSet<object> seen, int depth)
    {
        // Domain records are shallow; the bound only guards against a cycle an adapter's own types might bring.
        if (value is null || depth > 8 || value.GetType().IsPrimitive || value is DateOnly or DateTime or DateTimeOffset or TimeSpan or Enum)
        {
            return;
        }

        if (value is string text)
        {
            if (text.Contains(sentinel, StringComparison.Ordinal))
            {
                found.Add(path);
            }

            return;
        }

        if (!seen.Add(value))
        {
            return;
        }

        // A record prints every member, so its ToString catches a sentinel held in a field the walk cannot name.
        if (value.ToString() is { } printed && printed.Contains(sentinel, StringComparison.Ordinal))
        {
            found.Add($"{path}.ToString()");
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                Walk(item, $"{path}[{index++}]", sentinel, found, seen, depth + 1);
            }

            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                Walk(property.GetValue(value), $"{path}.{property.Name}", sentinel, found, seen, depth + 1);
            }
        }
    }
}

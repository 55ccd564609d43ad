using System.Collections;

namespace SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

/// <summary>Every string reachable from an object's public properties, and every object's own text: what a caller could show.</summary>
internal static class ObjectStrings
{
    public static List<string> Of(object value)
    {
        var found = new List<string>();
        Walk(value, found, depth: 0);
        return found;
    }

    private static void Walk(object? value, List<string> found, int depth)
    {
        if (value is null || depth > 6)
        {
            return;
        }

        if (value is string text)
        {
            found.Add(text);
            return;
        }

        found.Add(value.ToString() ?? "");
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Walk(item, found, depth + 1);
            }

            return;
        }

        if (value.GetType().IsPrimitive || value is DateOnly or DateTimeOffset or Enum)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            Walk(property.GetValue(value), found, depth + 1);
        }
    }
}

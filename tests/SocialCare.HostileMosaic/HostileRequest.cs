using System.Globalization;

namespace SocialCare.HostileMosaic;

/// <summary>
/// One request as it arrived: its council (the first path segment), the path after it (<c>v1/persons</c>), the query
/// and the headers (names ignoring case, the last of a repeated name).
/// </summary>
internal sealed record HostileRequest(
    string Method,
    string Target,
    string Council,
    string Path,
    IReadOnlyDictionary<string, string> Query,
    IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The <c>page</c> query parameter, 1 when absent or not a number.</summary>
    public int Page => Query.TryGetValue("page", out var page) && int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public static HostileRequest Parse(string head)
    {
        ArgumentNullException.ThrowIfNull(head);
        var lines = head.Split("\r\n");
        var requestLine = lines[0].Split(' ');
        var method = requestLine[0];
        var target = requestLine.Length > 1 ? requestLine[1] : "/";
        var question = target.IndexOf('?', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(question < 0 ? target : target[..question]).TrimStart('/');
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        var council = slash < 0 ? path : path[..slash];
        var rest = slash < 0 ? "" : path[(slash + 1)..];

        var query = new Dictionary<string, string>(StringComparer.Ordinal);
        if (question >= 0)
        {
            foreach (var pair in target[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var equals = pair.IndexOf('=', StringComparison.Ordinal);
                query[Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals])] = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
            }
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return new HostileRequest(method, target, council, rest, query, headers);
    }
}

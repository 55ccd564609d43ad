using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace SocialCare.Api.Tests.TestSupport;

/// <summary>A response read whole: its status, every header (response and content alike) and its body.</summary>
internal sealed partial record Answer(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? ContentType => Header("Content-Type");

    /// <summary>The page's &lt;title&gt;, decoded; null when there is none.</summary>
    public string? Title => TitleElement().Match(Body) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    public static async Task<Answer> ReadAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            headers[name] = string.Join(", ", values);
        }

        return new((int)response.StatusCode, headers, await response.Content.ReadAsStringAsync());
    }

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public JsonElement Json() => JsonSerializer.Deserialize<JsonElement>(Body);

    /// <summary>A problem's <c>code</c>, or null when the body is not a problem.</summary>
    public string? ProblemCode() =>
        ContentType?.StartsWith("application/problem+json", StringComparison.Ordinal) == true ? Json().GetProperty("code").GetString() : null;

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TitleElement();
}

using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SocialCare.Api.Tests.Page.Golden;

/// <summary>
/// A page as a parsed DOM, written one node a line so that two pages compare whatever their escaping, quoting,
/// attribute order or white space between elements: each element with its attributes sorted by name, each text node
/// with its runs of white space made one space (and none at the start or end of its element), white-space-only text
/// dropped. When asked, what changes on every request is masked: an instant (a <c>&lt;time&gt;</c> whose
/// <c>datetime</c> has a time of day) and a trace id quoted in <c>&lt;code&gt;</c>.
/// </summary>
internal static partial class HtmlDom
{
    public const string MaskedInstant = "MASKED-INSTANT";
    public const string MaskedTraceId = "MASKED-TRACE-ID";

    /// <summary>The same masks, applied to raw HTML before it is kept as a golden file.</summary>
    public static string MaskRaw(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var masked = RawInstant().Replace(html, $"<time datetime=\"{MaskedInstant}\">{MaskedInstant}</time>");
        return RawTraceId().Replace(masked, MaskedTraceId);
    }

    public static IReadOnlyList<string> Canonical(string html, bool masked)
    {
        var document = new HtmlParser().ParseDocument(html);
        var lines = new List<string>();
        if (document.Doctype is { } doctype)
        {
            lines.Add($"<!DOCTYPE {doctype.Name}>");
        }

        Write(document.DocumentElement, 0, lines, masked);
        return lines;
    }

    /// <summary>Fails with the first line where the two DOMs differ, and the lines around it.</summary>
    public static void AssertEquivalent(string expectedHtml, string actualHtml, string what, bool masked)
    {
        var expected = Canonical(expectedHtml, masked);
        var actual = Canonical(actualHtml, masked);
        var first = Enumerable.Range(0, Math.Min(expected.Count, actual.Count)).FirstOrDefault(i => expected[i] != actual[i], -1);
        if (first < 0 && expected.Count == actual.Count)
        {
            return;
        }

        first = first < 0 ? Math.Min(expected.Count, actual.Count) : first;
        Assert.Fail(
            $"{what}: the DOM differs at node {first + 1} of {expected.Count} expected, {actual.Count} found.\n" +
            $"expected:\n{Around(expected, first)}\nfound:\n{Around(actual, first)}");
    }

    private static string Around(IReadOnlyList<string> lines, int at)
    {
        var from = Math.Max(0, at - 4);
        var to = Math.Min(lines.Count, at + 4);
        var text = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            text.Append(i == at ? "> " : "  ").AppendLine(lines[i]);
        }

        return text.ToString();
    }

    private static void Write(IElement element, int depth, List<string> lines, bool masked)
    {
        var indent = new string(' ', depth * 2);
        var instant = masked && IsInstant(element);
        var traceId = masked && IsTraceId(element);
        var attributes = element.Attributes
            .Select(a => (a.Name, Value: instant && a.Name == "datetime" ? MaskedInstant : a.Value))
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .Select(a => $" {a.Name}=\"{a.Value}\"");
        lines.Add($"{indent}<{element.LocalName}{string.Concat(attributes)}>");
        if (instant || traceId)
        {
            lines.Add($"{indent}  \"{(instant ? MaskedInstant : MaskedTraceId)}\"");
        }
        else
        {
            var children = element.ChildNodes.Where(n => n is not IText text || !IsWhiteSpace(text.Data)).ToList();
            for (var i = 0; i < children.Count; i++)
            {
                switch (children[i])
                {
                    case IElement inner:
                        Write(inner, depth + 1, lines, masked);
                        break;
                    case IText text:
                        var data = HtmlWhiteSpace().Replace(text.Data, " ");
                        data = i == 0 ? data.TrimStart(' ') : data;
                        data = i == children.Count - 1 ? data.TrimEnd(' ') : data;
                        lines.Add($"{indent}  \"{data}\"");
                        break;
                    case IComment comment:
                        lines.Add($"{indent}  <!--{comment.Data}-->");
                        break;
                }
            }
        }

        lines.Add($"{indent}</{element.LocalName}>");
    }

    private static bool IsWhiteSpace(string text) => HtmlWhiteSpace().Replace(text, "").Length == 0;

    private static bool IsInstant(IElement element) =>
        element.LocalName == "time" && element.GetAttribute("datetime") is { } at && (DomInstant().IsMatch(at) || at == MaskedInstant);

    private static bool IsTraceId(IElement element) =>
        element.LocalName == "code" && (DomTraceId().IsMatch(element.TextContent) || element.TextContent == MaskedTraceId);

    // HTML's white space is ASCII only: a no-break space is text.
    [GeneratedRegex("[ \t\n\f\r]+")]
    private static partial Regex HtmlWhiteSpace();

    [GeneratedRegex("^[0-9]{4}-[0-9]{2}-[0-9]{2}T")]
    private static partial Regex DomInstant();

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex DomTraceId();

    [GeneratedRegex("<time datetime=\"[0-9]{4}-[0-9]{2}-[0-9]{2}T[^\"]*\">[^<]*</time>")]
    private static partial Regex RawInstant();

    [GeneratedRegex("\\b[0-9a-f]{32}\\b")]
    private static partial Regex RawTraceId();
}

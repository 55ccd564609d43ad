using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SocialCare.Api.Page;

/// <summary>Builds a page: markup is written as given, text always encoded, so that data can never become markup.</summary>
internal sealed class HtmlWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new(8 * 1024);

    public static string Encode(string text) => Encoder.Encode(text);

    public HtmlWriter Markup(string markup)
    {
        _html.Append(markup);
        return this;
    }

    public HtmlWriter Text(string? text)
    {
        _html.Append(Encoder.Encode(text ?? ""));
        return this;
    }

    public override string ToString() => _html.ToString();
}

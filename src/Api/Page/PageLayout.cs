namespace SocialCare.Api.Page;

/// <summary>The document around every state of the page: language, title, styles, skip link, main landmark.</summary>
internal static class PageLayout
{
    public const string ServiceName = "Social care";

    public static string Document(string title, PageRequest page, Action<HtmlWriter> main)
    {
        var html = new HtmlWriter()
            .Markup("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Markup("<title>").Text(title).Markup("</title>\n")
            .Markup("<link rel=\"stylesheet\" href=\"").Text(page.AssetBase + "/" + Http.SocialCareAssets.Stylesheet).Markup("\">\n")
            .Markup("</head>\n<body>\n")
            .Markup("<a class=\"nhsuk-skip-link\" href=\"#maincontent\">Skip to main content</a>\n")
            .Markup("<div class=\"nhsuk-width-container\">\n<main class=\"nhsuk-main-wrapper\" id=\"maincontent\" tabindex=\"-1\">\n");
        main(html);
        return html.Markup("</main>\n</div>\n</body>\n</html>\n").ToString();
    }
}

using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace SocialCare.Host.Demo;

/// <summary>
/// The Host's start page: the persona switcher (who you are, kept in the <c>demo-viewer</c> cookie) and every demo
/// patient with links to their page, JSON and tab. Demo code, so it lives here and never in the library's page.
/// </summary>
internal static class StartPage
{
    public const string Path = "/";
    public const string SwitchPath = "/demo/viewer";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(string? viewer)
    {
        var html = new StringBuilder(8 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Social care demo – choose a viewer and a patient</title>\n")
            .Append("<link rel=\"stylesheet\" href=\"/social-care-assets/social-care-97aabe3dafdc.css\">\n")
            .Append("</head>\n<body>\n<a class=\"nhsuk-skip-link\" href=\"#maincontent\">Skip to main content</a>\n")
            .Append("<div class=\"nhsuk-width-container\">\n<main class=\"nhsuk-main-wrapper\" id=\"maincontent\" tabindex=\"-1\">\n")
            .Append("<h1 class=\"nhsuk-heading-xl\">Social care demo</h1>\n")
            .Append("<p class=\"nhsuk-body\">The reference host, with a sandbox Mosaic of synthetic people. Choose who you are, then open a patient's Social care page.</p>\n");

        html.Append("<h2 class=\"nhsuk-heading-l\">Who you are</h2>\n<p class=\"nhsuk-body\" id=\"current-viewer\">");
        html.Append(viewer is null
            ? "No viewer is chosen, so every page answers that you need to sign in."
            : "You are viewing as <strong>" + Encoder.Encode(viewer) + "</strong>" + Describe(viewer) + ".");
        html.Append("</p>\n<form method=\"post\" action=\"").Append(SwitchPath).Append("\" novalidate>\n")
            .Append("<div class=\"nhsuk-form-group\">\n<label class=\"nhsuk-label\" for=\"viewer\">View as</label>\n")
            .Append("<select class=\"nhsuk-select\" id=\"viewer\" name=\"viewer\">\n")
            .Append(Option("", "No one (signed out)", viewer is null))
            .Append("<optgroup label=\"Carers and professionals\">\n");
        foreach (var persona in DemoPersonas.All)
        {
            html.Append(Option(persona.Id, persona.Id + " – " + persona.Description, persona.Id == viewer));
        }

        html.Append("</optgroup>\n<optgroup label=\"Patients, each viewing their own record\">\n");
        foreach (var (id, _) in DemoPatients.All)
        {
            html.Append(Option(id, id, id == viewer));
        }

        html.Append("</optgroup>\n</select>\n</div>\n<button class=\"nhsuk-button\" type=\"submit\">Change viewer</button>\n</form>\n");

        html.Append("<h2 class=\"nhsuk-heading-l\">Patients</h2>\n<table class=\"nhsuk-table-responsive\" role=\"table\">\n")
            .Append("<caption class=\"nhsuk-table__caption\">Demo patients and what each shows</caption>\n")
            .Append("<thead class=\"nhsuk-table__head\" role=\"rowgroup\"><tr class=\"nhsuk-table__row\" role=\"row\">")
            .Append("<th class=\"nhsuk-table__header\" scope=\"col\" role=\"columnheader\">Patient</th>")
            .Append("<th class=\"nhsuk-table__header\" scope=\"col\" role=\"columnheader\">Shows</th>")
            .Append("<th class=\"nhsuk-table__header\" scope=\"col\" role=\"columnheader\">Open</th></tr></thead>\n")
            .Append("<tbody class=\"nhsuk-table__body\">\n");
        foreach (var (id, shows) in DemoPatients.All)
        {
            var patient = Encoder.Encode(id);
            var hidden = "<span class=\"nhsuk-u-visually-hidden\"> for " + patient + "</span>";
            html.Append("<tr class=\"nhsuk-table__row\" role=\"row\">")
                .Append(Cell("Patient", patient))
                .Append(Cell("Shows", Encoder.Encode(shows)))
                .Append(Cell(
                    "Open",
                    $"<a class=\"nhsuk-link\" href=\"/patients/{patient}/social-care\">Social care page{hidden}</a>, " +
                    $"<a class=\"nhsuk-link\" href=\"/api/v1/patients/{patient}/social-care\">JSON{hidden}</a>, " +
                    $"<a class=\"nhsuk-link\" href=\"/api/v1/patients/{patient}/social-care/tab\">tab{hidden}</a>"))
                .Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n")
            .Append("<p class=\"nhsuk-body\">Also: the <a class=\"nhsuk-link\" href=\"/openapi/v1.json\">OpenAPI document</a>. ")
            .Append("Any client can choose a viewer with the <code>X-Demo-Viewer</code> header instead of this form.</p>\n")
            .Append("</main>\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Describe(string viewer)
    {
        if (DemoPersonas.Find(viewer) is { } persona)
        {
            return " (" + Encoder.Encode(persona.Description.ToLowerInvariant()) + ")";
        }

        return DemoPatients.All.Any(p => p.Id == viewer) ? " (a patient, who may see only their own record)" : " (unknown to the demo: no grants)";
    }

    private static string Option(string value, string text, bool selected) =>
        $"<option value=\"{Encoder.Encode(value)}\"{(selected ? " selected" : "")}>{Encoder.Encode(text)}</option>\n";

    private static string Cell(string heading, string content) =>
        "<td class=\"nhsuk-table__cell\" role=\"cell\"><span class=\"nhsuk-table-responsive__heading\" aria-hidden=\"true\">" + heading + " </span>" + content + "</td>";
}

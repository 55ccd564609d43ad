using SocialCare.Application.AccessHistory;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;

namespace SocialCare.Api.Page;

/// <summary>
/// The Social care page, rendered on the server for every state: the record (each source under its local
/// authority, with its warnings and retrieval time) or one message that says what happened and what to do next.
/// </summary>
internal static class SocialCarePage
{
    /// <param name="reference">The trace id, shown when a warning suggests contacting support; null otherwise.</param>
    /// <param name="accessHistoryPath">The patient's access history, linked for the patient only; null for no link.</param>
    public static string ForView(
        SocialCareView view,
        PageRequest page,
        Func<SocialCareWarning, UserMessage> describe,
        Uri? supportUrl,
        string? reference = null,
        string? accessHistoryPath = null)
    {
        var patient = view.Audience == Audience.Patient;
        var title = PageLayout.ServiceName + TitleSuffix(view.Warnings);
        return PageLayout.Document(title, page, html =>
        {
            html.Markup("<h1 class=\"nhsuk-heading-xl\">").Text(PageLayout.ServiceName).Markup("</h1>\n")
                .Markup("<p class=\"nhsuk-body-l\">")
                .Text(patient
                    ? "What the social care teams of your local authority have recorded in Mosaic about your care. It is read-only: to change something, speak to your social care team."
                    : "What the social care teams of this person's local authority have recorded in Mosaic about their care. It is read-only: to change something, speak to their social care team.")
                .Markup("</p>\n<p class=\"nhsuk-body\">Retrieved at ").Markup(PageDates.Time(view.RetrievedAt)).Markup(".</p>\n");

            // Spec §7: the history is the patient's alone, so only the patient is shown the way to it.
            if (patient && accessHistoryPath is not null)
            {
                html.Markup("<p class=\"nhsuk-body\"><a class=\"nhsuk-link\" href=\"").Text(accessHistoryPath).Markup("\">")
                    .Text(AccessHistoryWords.Title).Markup("</a></p>\n");
            }

            var referenceShown = false;
            foreach (var warning in view.Warnings)
            {
                var message = describe(warning);
                html.Markup("<div class=\"nhsuk-warning-callout\">\n<h2 class=\"nhsuk-warning-callout__label\"><span class=\"nhsuk-u-visually-hidden\">Important: </span>")
                    .Text(message.Title).Markup("</h2>\n<p>");
                MessageText(html, message.Text, supportUrl);
                html.Markup("</p>\n");

                // Inside the first warning that sends the reader to support, where the reference belongs.
                if (!referenceShown && warning.Code == SocialCareCodes.AuthorityUnavailableWarning)
                {
                    Reference(html, reference);
                    referenceShown = true;
                }

                html.Markup("</div>\n");
            }

            if (view.Sources.Count == 0)
            {
                html.Markup("<p class=\"nhsuk-body\">")
                    .Text("No social care information could be shown. Refresh the page in a few minutes to try again.")
                    .Markup("</p>\n");
            }

            foreach (var source in view.Sources)
            {
                RecordSections.Write(html, source, page, patient);
            }
        });
    }

    /// <param name="reference">The trace id, shown where the message suggests contacting support; null elsewhere.</param>
    public static string ForMessage(UserMessage message, PageRequest page, Uri? supportUrl, string? reference = null) =>
        PageLayout.Document(message.Title + " – " + PageLayout.ServiceName, page, html =>
        {
            html.Markup("<h1 class=\"nhsuk-heading-xl\">").Text(message.Title).Markup("</h1>\n<p class=\"nhsuk-body\">");
            MessageText(html, message.Text, supportUrl);
            html.Markup("</p>\n");
            Reference(html, reference);
        });

    private static void Reference(HtmlWriter html, string? reference)
    {
        if (reference is not null)
        {
            html.Markup("<p class=\"nhsuk-body-s\">If you contact support, quote this reference: <code>").Text(reference).Markup("</code></p>\n");
        }
    }

    // A title per state: a council that could not be reached outweighs items that could not be read.
    private static string TitleSuffix(IReadOnlyList<SocialCareWarning> warnings) =>
        warnings.Any(w => w.Code == SocialCareCodes.AuthorityUnavailableWarning) ? " (some information may be missing)"
        : warnings.Count > 0 ? " (some items could not be shown)"
        : "";

    // The catalogue's text names the support address in words; on the page it is also a link.
    private static void MessageText(HtmlWriter html, string text, Uri? supportUrl)
    {
        var address = supportUrl?.ToString();
        var at = address is null ? -1 : text.IndexOf(address, StringComparison.Ordinal);
        if (at < 0)
        {
            html.Text(text);
            return;
        }

        html.Text(text[..at])
            .Markup("<a class=\"nhsuk-link\" href=\"").Text(address).Markup("\">").Text(address).Markup("</a>")
            .Text(text[(at + address!.Length)..]);
    }
}

using SocialCare.Api.Edge;
using SocialCare.Application.AccessHistory;
using SocialCare.Application.AccessHistory.GetAccessHistory;

namespace SocialCare.Api.Page;

/// <summary>
/// The patient's access history as a page (spec §7): who has looked at their social care information, newest first,
/// a table of <see cref="GetAccessHistoryQuery.DefaultPageSize"/> entries at a time with a link to older ones. Every
/// word is <see cref="AccessHistoryWords"/>'s, as in the JSON; only the patient is ever shown it.
/// </summary>
internal static class AccessHistoryPage
{
    private static readonly string[] Columns =
    [
        AccessHistoryWords.WhenHeading, AccessHistoryWords.WhoHeading, AccessHistoryWords.RelationshipHeading,
        AccessHistoryWords.PlaceHeading, AccessHistoryWords.OutcomeHeading,
    ];

    /// <param name="page">This page's address (without its query) and where its files are.</param>
    /// <param name="recordPath">The patient's Social care page, which the back link leads to.</param>
    /// <param name="older">Whether this is a page of older entries (the request named <c>before</c>).</param>
    public static string ForView(AccessHistoryView view, PageRequest page, string recordPath, bool older) =>
        PageLayout.Document(AccessHistoryWords.Title + " – " + PageLayout.ServiceName, page, html =>
        {
            html.Markup("<a class=\"nhsuk-back-link\" href=\"").Text(recordPath).Markup("\">").Text(AccessHistoryWords.BackToRecord).Markup("</a>\n")
                .Markup("<h1 class=\"nhsuk-heading-xl\">").Text(AccessHistoryWords.Title).Markup("</h1>\n")
                .Markup("<p class=\"nhsuk-body-l\">").Text(AccessHistoryWords.Introduction).Markup("</p>\n");

            if (view.Items.Count == 0)
            {
                html.Markup("<p class=\"nhsuk-body\">").Text(older ? AccessHistoryWords.NoOlder : AccessHistoryWords.Empty).Markup("</p>\n");
            }
            else
            {
                Table(html, view.Items);
            }

            if (view.OlderBefore is { } before)
            {
                Link(html, $"{page.PagePath}?{HistoryPaging.BeforeParameter}={before:D}", AccessHistoryWords.Older);
            }

            if (older)
            {
                Link(html, page.PagePath, AccessHistoryWords.Newest);
            }
        });

    private static void Table(HtmlWriter html, IReadOnlyList<AccessHistoryItem> items)
    {
        html.Markup("<table class=\"nhsuk-table-responsive\" role=\"table\">\n<caption class=\"nhsuk-table__caption nhsuk-u-visually-hidden\">")
            .Text(AccessHistoryWords.Title).Markup("</caption>\n<thead class=\"nhsuk-table__head\" role=\"rowgroup\">\n<tr class=\"nhsuk-table__row\" role=\"row\">");
        foreach (var column in Columns)
        {
            html.Markup("<th class=\"nhsuk-table__header\" scope=\"col\" role=\"columnheader\">").Text(column).Markup("</th>");
        }

        html.Markup("</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n");
        foreach (var item in items)
        {
            string[] cells =
            [
                PageDates.Time(item.At),
                HtmlWriter.Encode(item.Who),
                HtmlWriter.Encode(AccessHistoryWords.Relationship(item.Relationships)),
                HtmlWriter.Encode(AccessHistoryWords.Place(item.Place)),
                HtmlWriter.Encode(AccessHistoryWords.Outcome(item.Shown)),
            ];
            html.Markup("<tr class=\"nhsuk-table__row\" role=\"row\">");
            for (var i = 0; i < Columns.Length; i++)
            {
                html.Markup("<td class=\"nhsuk-table__cell\" role=\"cell\"><span class=\"nhsuk-table-responsive__heading\" aria-hidden=\"true\">")
                    .Text(Columns[i] + " ").Markup("</span>").Markup(cells[i]).Markup("</td>");
            }

            html.Markup("</tr>\n");
        }

        html.Markup("</tbody>\n</table>\n");
    }

    private static void Link(HtmlWriter html, string href, string text) =>
        html.Markup("<p class=\"nhsuk-body\"><a class=\"nhsuk-link\" href=\"").Text(href).Markup("\">").Text(text).Markup("</a></p>\n");
}

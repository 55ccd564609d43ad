using System.Globalization;
using SocialCare.Domain.Records;

namespace SocialCare.Api.Page;

/// <summary>
/// One local authority's record: its name at the top, then the five parts as tables with captions and column
/// headers (stacked on narrow screens by nhsuk-frontend's responsive table) and a summary list. Long lists show
/// the most recent <see cref="ShortListLength"/> with a link to the full list.
/// </summary>
internal static class RecordSections
{
    public const int ShortListLength = 20;

    // Newest first (spec §3), so their first items are the most recent; the other lists are ordered otherwise.
    private static readonly ListKind[] DatedKinds = [ListKind.CarePackages, ListKind.Assessments, ListKind.CaseNotes];

    public static void Write(HtmlWriter html, SocialCareRecord source, PageRequest page, bool patient)
    {
        var authority = source.LocalAuthority;
        var id = "source-" + authority.Code.Value;
        html.Markup("<section aria-labelledby=\"").Text(id).Markup("\">\n<h2 class=\"nhsuk-heading-l\" id=\"").Text(id).Markup("\">")
            .Text(authority.Name).Markup("</h2>\n<p class=\"nhsuk-body\">")
            .Text($"From {authority.Name} council's social care record (Mosaic), retrieved at ")
            .Markup(PageDates.Time(source.RetrievedAt)).Markup(".</p>\n");

        Table(html, page, authority.Name, ListKind.SocialWorkers, "Social workers", "social workers",
            patient ? "No social worker is currently assigned to you." : "No social worker is currently assigned to this person.",
            ["Name", "Role", "Team", "Telephone"], source.SocialWorkers,
            worker => [Text(worker.Name), Text(Role(worker.Relationship)), Text(worker.Team), Telephone(worker.Telephone)]);
        Table(html, page, authority.Name, ListKind.CarePackages, "Care packages", "care packages",
            "No current or past care packages are recorded.",
            ["Start date", "End date", "Supplier", "Frequency", "Service"], source.CarePackages,
            package => [PageDates.Time(package.StartDate), package.EndDate is { } end ? PageDates.Time(end) : Text("No end date"),
                Text(package.Supplier), Text(package.Frequency), Text(package.Service)]);
        Table(html, page, authority.Name, ListKind.Assessments, "Assessments", "assessments",
            "No completed assessments are recorded.",
            ["Assessment", "Completed"], source.Assessments,
            assessment => [Text(assessment.Name), PageDates.Time(assessment.CompletedOn)]);
        Table(html, page, authority.Name, ListKind.CaseNotes, "Case notes", "case notes",
            "No case notes are recorded.",
            ["Completed", "Effective from"], source.CaseNotes,
            note => [PageDates.Time(note.CompletedOn), PageDates.Time(note.EffectiveFrom)]);
        CommunicationNeeds(html, page, authority.Name, source.CommunicationNeeds);
        html.Markup("</section>\n");
    }

    private static void Table<T>(
        HtmlWriter html,
        PageRequest page,
        string authority,
        ListKind kind,
        string heading,
        string plural,
        string none,
        string[] columns,
        IReadOnlyList<T> items,
        Func<T, string[]> cells)
    {
        html.Markup("<h3 class=\"nhsuk-heading-m\">").Text(heading).Markup("</h3>\n");
        if (items.Count == 0)
        {
            html.Markup("<p class=\"nhsuk-body\">").Text(none).Markup("</p>\n");
            return;
        }

        var shown = Shown(html, page, authority, kind, plural, items, DatedKinds.Contains(kind) ? "most recent" : "first");
        html.Markup("<table class=\"nhsuk-table-responsive\" role=\"table\">\n<caption class=\"nhsuk-table__caption nhsuk-u-visually-hidden\">")
            .Text($"{heading} from {authority}").Markup("</caption>\n<thead class=\"nhsuk-table__head\" role=\"rowgroup\">\n<tr class=\"nhsuk-table__row\" role=\"row\">");
        foreach (var column in columns)
        {
            html.Markup("<th class=\"nhsuk-table__header\" scope=\"col\" role=\"columnheader\">").Text(column).Markup("</th>");
        }

        html.Markup("</tr>\n</thead>\n<tbody class=\"nhsuk-table__body\">\n");
        foreach (var item in items.Take(shown))
        {
            html.Markup("<tr class=\"nhsuk-table__row\" role=\"row\">");
            var values = cells(item);
            for (var i = 0; i < columns.Length; i++)
            {
                html.Markup("<td class=\"nhsuk-table__cell\" role=\"cell\"><span class=\"nhsuk-table-responsive__heading\" aria-hidden=\"true\">")
                    .Text(columns[i] + " ").Markup("</span>").Markup(values[i]).Markup("</td>");
            }

            html.Markup("</tr>\n");
        }

        html.Markup("</tbody>\n</table>\n");
    }

    private static void CommunicationNeeds(HtmlWriter html, PageRequest page, string authority, IReadOnlyList<CommunicationNeed> needs)
    {
        html.Markup("<h3 class=\"nhsuk-heading-m\">Communication needs</h3>\n");
        if (needs.Count == 0)
        {
            html.Markup("<p class=\"nhsuk-body\">No current communication needs are recorded.</p>\n");
            return;
        }

        var shown = Shown(html, page, authority, ListKind.CommunicationNeeds, "communication needs", needs, "first");
        html.Markup("<dl class=\"nhsuk-summary-list\">\n");
        foreach (var need in needs.Take(shown))
        {
            html.Markup("<div class=\"nhsuk-summary-list__row\">\n<dt class=\"nhsuk-summary-list__key\">").Text(Category(need.Category))
                .Markup("</dt>\n<dd class=\"nhsuk-summary-list__value\">").Text(need.Description);
            if (need.RecordedOn is { } recorded)
            {
                html.Markup("<br><span class=\"nhsuk-body-s\">Recorded ").Markup(PageDates.Time(recorded)).Markup("</span>");
            }

            html.Markup("</dd>\n</div>\n");
        }

        html.Markup("</dl>\n");
    }

    // How many items to show, and the sentence and link that say so when the list is long.
    private static int Shown<T>(HtmlWriter html, PageRequest page, string authority, ListKind kind, string plural, IReadOnlyList<T> items, string which)
    {
        if (items.Count <= ShortListLength)
        {
            return items.Count;
        }

        var count = items.Count.ToString("N0", CultureInfo.InvariantCulture);
        var where = $"<span class=\"nhsuk-u-visually-hidden\"> from {HtmlWriter.Encode(authority)}</span>";
        if (page.Full == kind)
        {
            html.Markup("<p class=\"nhsuk-body\">").Text($"Showing all {count} {plural}. ")
                .Markup("<a class=\"nhsuk-link\" href=\"").Text(page.PagePath).Markup("\">")
                .Text($"Show the {which} {ShortListLength} {plural}").Markup(where).Markup("</a></p>\n");
            return items.Count;
        }

        html.Markup("<p class=\"nhsuk-body\">").Text($"Showing the {which} {ShortListLength} of {count} {plural}. ")
            .Markup("<a class=\"nhsuk-link\" href=\"").Text($"{page.PagePath}?{PageRequest.FullParameter}={PageRequest.NameOf(kind)}").Markup("\">")
            .Text($"Show all {count} {plural}").Markup(where).Markup("</a></p>\n");
        return ShortListLength;
    }

    private static string Text(string? value) => HtmlWriter.Encode(value ?? "Not recorded");

    private static string Telephone(string? number)
    {
        if (number is null)
        {
            return Text(null);
        }

        return TelephoneLink.Target(number) is { } target
            ? $"<a class=\"nhsuk-link\" href=\"{HtmlWriter.Encode(target)}\">{HtmlWriter.Encode(number)}</a>"
            : Text(number);
    }

    private static string Role(WorkerRelationship relationship) => relationship switch
    {
        WorkerRelationship.AllocatedWorker => "Allocated worker",
        WorkerRelationship.KeyWorker => "Key worker",
        WorkerRelationship.SocialWorker => "Social worker",
        _ => throw new ArgumentOutOfRangeException(nameof(relationship), relationship, null),
    };

    private static string Category(CommunicationNeedCategory category) => category switch
    {
        CommunicationNeedCategory.ContactMethod => "Contact method",
        CommunicationNeedCategory.InformationFormat => "Information format",
        CommunicationNeedCategory.CommunicationSupport => "Communication support",
        CommunicationNeedCategory.CommunicationProfessional => "Communication professional",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}

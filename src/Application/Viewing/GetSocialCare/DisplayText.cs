using System.Text;
using SocialCare.Domain.Records;

namespace SocialCare.Application.Viewing.GetSocialCare;

/// <summary>
/// Spec §4: text shown from Mosaic carries no bidirectional or control characters. A right-to-left override can make
/// a name or a telephone number read backwards, an isolate can move text across its neighbours, and a control
/// character can end a line or a field in whatever shows the text next (a page, a log viewer, a CSV export).
/// Applied once, where the view is built, so that the JSON, the page and every future caller get the same text,
/// whichever adapter read it from whichever council.
/// </summary>
/// <remarks>
/// Removed: the embeddings, overrides and isolates (U+202A–202E, U+2066–2069), the marks (U+200E, U+200F, U+061C),
/// the deprecated format controls (U+206A–206F), a byte order mark in the text (U+FEFF), the interlinear annotation
/// characters (U+FFF9–FFFB), and every control character (C0, DEL, C1). Line breaks, tabs and runs of white space
/// become one space, so that words do not run together; a lone surrogate becomes U+FFFD. Right-to-left scripts need
/// none of these characters to be shown correctly: each value is shown on its own (its own table cell, its own JSON
/// string), where the Unicode bidirectional algorithm orders it by its own letters.
/// </remarks>
internal static class DisplayText
{
    public static SocialCareRecord Clean(SocialCareRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record with
        {
            SocialWorkers = [.. record.SocialWorkers.Select(Clean)],
            CarePackages = [.. record.CarePackages.Select(Clean)],
            Assessments = [.. record.Assessments.Select(Clean)],
            CommunicationNeeds = [.. record.CommunicationNeeds.Select(Clean)],
        };
    }

    /// <summary>The text as shown: empty when nothing visible is left.</summary>
    public static string Required(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsClean(text) ? text : Rewrite(text);
    }

    /// <summary>The text as shown, or null (not recorded) when nothing visible is left.</summary>
    public static string? Optional(string? text) =>
        text is null ? null : Required(text) is { Length: > 0 } shown ? shown : null;

    private static SocialWorker Clean(SocialWorker worker)
    {
        var (name, team, telephone) = (Required(worker.Name), Optional(worker.Team), Optional(worker.Telephone));
        return ReferenceEquals(name, worker.Name) && ReferenceEquals(team, worker.Team) && ReferenceEquals(telephone, worker.Telephone)
            ? worker
            : worker with { Name = name, Team = team, Telephone = telephone };
    }

    private static CarePackage Clean(CarePackage package)
    {
        var (supplier, frequency, service) = (Optional(package.Supplier), Optional(package.Frequency), Optional(package.Service));
        return ReferenceEquals(supplier, package.Supplier) && ReferenceEquals(frequency, package.Frequency) && ReferenceEquals(service, package.Service)
            ? package
            : package with { Supplier = supplier, Frequency = frequency, Service = service };
    }

    private static AssessmentSummary Clean(AssessmentSummary assessment)
    {
        var name = Required(assessment.Name);
        return ReferenceEquals(name, assessment.Name) ? assessment : assessment with { Name = name };
    }

    private static CommunicationNeed Clean(CommunicationNeed need)
    {
        var description = Required(need.Description);
        return ReferenceEquals(description, need.Description) ? need : need with { Description = description };
    }

    private static bool IsHidden(char c) =>
        char.IsControl(c)
        || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u206F') or '\u200E' or '\u200F' or '\u061C'
            or '\uFEFF' or (>= '\uFFF9' and <= '\uFFFB');

    // Most text is clean: it is returned as it is, without a copy.
    private static bool IsClean(string text)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (text[0] == ' ' || text[^1] == ' ')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || IsHidden(c) || (char.IsWhiteSpace(c) && (c != ' ' || text[i - 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }

    private static string Rewrite(string text)
    {
        var shown = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                AppendSpaceIfDue(shown, ref space);
                shown.Append(c).Append(text[++i]);
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (IsHidden(c))
            {
                continue;
            }

            AppendSpaceIfDue(shown, ref space);
            shown.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }

        return shown.ToString();
    }

    // One space between words, none at either end.
    private static void AppendSpaceIfDue(StringBuilder shown, ref bool space)
    {
        if (space && shown.Length > 0)
        {
            shown.Append(' ');
        }

        space = false;
    }
}

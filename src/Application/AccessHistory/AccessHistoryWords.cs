using SocialCare.Application.Abstractions;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.AccessHistory;

/// <summary>
/// The one place that says, in plain English, what the patient reads in their access history (spec §7): the
/// headings, and the words for each value of an <see cref="GetAccessHistory.AccessHistoryItem"/>. The JSON and the
/// page word an item the same way through these. <c>docs/user-messages.md</c> lists them, checked by a test.
/// </summary>
public static class AccessHistoryWords
{
    /// <summary>The history's title.</summary>
    public const string Title = "Who has looked at your social care information";

    /// <summary>What the history lists, under the title.</summary>
    public const string Introduction =
        "Everyone who opened your social care information in PKB, or tried to, newest first: you, the people who " +
        "care for you, and anyone who was not allowed to see it.";

    /// <summary>When there is no entry at all.</summary>
    public const string Empty = "Nobody has looked at your social care information yet.";

    /// <summary>The link to the next, older page.</summary>
    public const string Older = "Show older entries";

    /// <summary>On a page of older entries, the link back to the first page.</summary>
    public const string Newest = "Show the newest entries";

    /// <summary>On a page of older entries that has none: the cursor was past the oldest entry.</summary>
    public const string NoOlder = "There are no older entries.";

    /// <summary>The link from the history back to the Social care page.</summary>
    public const string BackToRecord = "Back to Social care";

    /// <summary>The heading of when the attempt was made.</summary>
    public const string WhenHeading = "When";

    /// <summary>The heading of who looked.</summary>
    public const string WhoHeading = "Who";

    /// <summary>The heading of how they stood to the patient.</summary>
    public const string RelationshipHeading = "Their connection to you";

    /// <summary>The heading of where they looked (the record, the page).</summary>
    public const string PlaceHeading = "Where";

    /// <summary>The heading of what they were answered.</summary>
    public const string OutcomeHeading = "What they saw";

    /// <summary>Who, for the patient's own entries.</summary>
    public const string You = "You";

    /// <summary>Who, when the host does not name the viewer: by the closest way they stood to the patient.</summary>
    public static string Who(IReadOnlyCollection<ViewerRelationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(relationships);
        return Closest(relationships) switch
        {
            ViewerRelationship.Self => You,
            ViewerRelationship.Carer => "A carer",
            ViewerRelationship.TeamProfessional => "A professional in your care team",
            ViewerRelationship.IndividualProfessional => "A professional you share your record with",
            ViewerRelationship.Unknown when relationships.Count > 0 => "Someone connected to you in PKB",
            _ => "Someone",
        };
    }

    /// <summary>Every way the viewer stood to the patient when they looked, as one phrase.</summary>
    public static string Relationship(IReadOnlyCollection<ViewerRelationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(relationships);
        if (relationships.Count == 0)
        {
            return "Not connected to you in PKB";
        }

        var phrases = relationships.Select(Phrase).Distinct(StringComparer.Ordinal).ToArray();
        var joined = phrases.Length == 1 ? phrases[0] : $"{string.Join(", ", phrases[..^1])} and {phrases[^1]}";
        return char.ToUpperInvariant(joined[0]) + joined[1..];
    }

    /// <summary>Where they looked: the record as PKB's app shows it, the Social care page, or this history.</summary>
    public static string Place(AuditSurface surface) => surface switch
    {
        AuditSurface.Record => "Social care in the PKB app",
        AuditSurface.Page => "The Social care page",
        AuditSurface.AccessHistory => "This list of who has looked",
        _ => throw new ArgumentOutOfRangeException(nameof(surface), surface, "No words for this surface."),
    };

    /// <summary>Whether they were shown information: only when the outcome was <c>social-care.shown</c>.</summary>
    public static string Outcome(bool shown) => shown ? "Information was shown" : "Nothing was shown";

    private static ViewerRelationship Closest(IReadOnlyCollection<ViewerRelationship> relationships) =>
        ClosestFirst.FirstOrDefault(relationships.Contains);

    private static readonly ViewerRelationship[] ClosestFirst =
    [
        ViewerRelationship.Self, ViewerRelationship.Carer, ViewerRelationship.TeamProfessional, ViewerRelationship.IndividualProfessional,
    ];

    private static string Phrase(ViewerRelationship relationship) => relationship switch
    {
        ViewerRelationship.Self => "yourself",
        ViewerRelationship.Carer => "your carer",
        ViewerRelationship.TeamProfessional => "a professional in your care team",
        ViewerRelationship.IndividualProfessional => "a professional you share your record with",
        _ => "another kind of connection in PKB",
    };
}

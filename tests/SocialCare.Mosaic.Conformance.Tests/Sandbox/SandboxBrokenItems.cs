using System.Text.Json.Nodes;

namespace SocialCare.Mosaic.Conformance.Tests.Sandbox;

/// <summary>
/// The kit's unreadable items as contract JSON: an item that would be shown (a current, active, completed or
/// complete one, dated long ago) broken as its <see cref="ConformanceDefect"/> says. A worker relationship has no
/// status, so an unknown status there is a missing worker name instead.
/// </summary>
internal static class SandboxBrokenItems
{
    private const string LongAgo = "2020-01-06";
    private const string UnknownValue = "awaiting-panel-decision";
    private const string NotADate = "31/02/2026";
    private const int NotText = 12345;

    public static JsonObject For(ConformanceUnreadableItem unreadable)
    {
        ArgumentNullException.ThrowIfNull(unreadable);
        var item = Readable(unreadable.List, unreadable.Id);
        var (statusField, textField, requiredField, dateField) = Fields(unreadable.List);
        switch (unreadable.Defect)
        {
            case ConformanceDefect.UnknownStatus when statusField is not null:
                item[statusField] = UnknownValue;
                break;
            case ConformanceDefect.UnknownStatus:
            case ConformanceDefect.MissingRequiredField:
                item.Remove(requiredField);
                break;
            case ConformanceDefect.WrongType:
                item[textField] = NotText;
                break;
            case ConformanceDefect.BadDate:
                item[dateField] = NotADate;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(unreadable), unreadable.Defect, "Not a defect of the kit.");
        }

        return item;
    }

    private static JsonObject Readable(ConformanceList list, string id) => list switch
    {
        ConformanceList.WorkerRelationships => new JsonObject
        {
            ["id"] = id,
            ["type"] = "social-worker",
            ["workerName"] = "Broken Worker",
            ["team"] = "Broken Team",
            ["telephone"] = null,
            ["startDate"] = LongAgo,
            ["endDate"] = null,
        },
        ConformanceList.CarePackages => new JsonObject
        {
            ["id"] = id,
            ["status"] = "active",
            ["service"] = "Broken service",
            ["supplier"] = null,
            ["frequency"] = null,
            ["startDate"] = LongAgo,
            ["endDate"] = null,
        },
        ConformanceList.Assessments => new JsonObject
        {
            ["id"] = id,
            ["name"] = "Broken assessment",
            ["status"] = "completed",
            ["completedDate"] = LongAgo,
        },
        ConformanceList.CaseNotes => new JsonObject
        {
            ["id"] = id,
            ["type"] = "Broken note",
            ["status"] = "complete",
            ["completedDate"] = LongAgo,
            ["effectiveDate"] = LongAgo,
        },
        ConformanceList.CommunicationNeeds => new JsonObject
        {
            ["id"] = id,
            ["category"] = "communication-support",
            ["description"] = "Broken need",
            ["recordedDate"] = LongAgo,
            ["endDate"] = null,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, "Not a list of the kit."),
    };

    /// <summary>Per list: its status field (none for relationships), a text field, a field needed to show it, a date.</summary>
    private static (string? Status, string Text, string Required, string Date) Fields(ConformanceList list) => list switch
    {
        ConformanceList.WorkerRelationships => (null, "workerName", "workerName", "startDate"),
        ConformanceList.CarePackages => ("status", "service", "startDate", "startDate"),
        ConformanceList.Assessments => ("status", "name", "completedDate", "completedDate"),
        ConformanceList.CaseNotes => ("status", "type", "effectiveDate", "completedDate"),
        ConformanceList.CommunicationNeeds => ("category", "description", "description", "recordedDate"),
        _ => throw new ArgumentOutOfRangeException(nameof(list), list, "Not a list of the kit."),
    };
}

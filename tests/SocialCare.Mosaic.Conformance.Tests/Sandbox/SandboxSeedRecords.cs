using System.Text.Json.Nodes;
using SocialCare.Mosaic.Sandbox.Seed;

namespace SocialCare.Mosaic.Conformance.Tests.Sandbox;

/// <summary>
/// A kit person as the sandbox serves it: each list's items as contract JSON, in the kit's order (an item listed
/// twice is written twice), with each unreadable item broken among the others. Assessment contents go in
/// <c>form</c> and note titles and text in <c>title</c> and <c>text</c>, where the gateway has no member to read them.
/// </summary>
internal static class SandboxSeedRecords
{
    public static SeedRecord From(ConformancePerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new SeedRecord
        {
            PersonId = person.Id,
            Consent = SandboxWireValues.Consent(person.Consent),
            CaseStatus = "open",
            WorkerRelationships = List(person, ConformanceList.WorkerRelationships, person.WorkerRelationships.Select(WorkerRelationship)),
            ServiceAgreements = List(person, ConformanceList.CarePackages, person.CarePackages.Select(ServiceAgreement)),
            Assessments = List(person, ConformanceList.Assessments, person.Assessments.Select(Assessment)),
            CaseNotes = List(person, ConformanceList.CaseNotes, person.CaseNotes.Select(CaseNote)),
            CommunicationNeeds = List(person, ConformanceList.CommunicationNeeds, person.CommunicationNeeds.Select(CommunicationNeed)),
        };
    }

    private static JsonArray List(ConformancePerson person, ConformanceList list, IEnumerable<JsonObject> readable)
    {
        var items = new JsonArray([.. readable]);
        foreach (var unreadable in person.UnreadableItems.Where(u => u.List == list))
        {
            // Among the others, not only at the end, so that one broken item cannot stop the rest being read.
            items.Insert(items.Count / 2, SandboxBrokenItems.For(unreadable));
        }

        return items;
    }

    private static JsonObject WorkerRelationship(ConformanceWorkerRelationship item) => new()
    {
        ["id"] = item.Id,
        ["type"] = SandboxWireValues.Type(item.Type),
        ["workerName"] = item.WorkerName,
        ["team"] = item.Team,
        ["telephone"] = item.Telephone,
        ["startDate"] = SandboxWireValues.Date(item.StartDate),
        ["endDate"] = SandboxWireValues.Date(item.EndDate),
    };

    private static JsonObject ServiceAgreement(ConformanceCarePackage item) => new()
    {
        ["id"] = item.Id,
        ["status"] = SandboxWireValues.Status(item.Status),
        ["service"] = item.Service,
        ["supplier"] = item.Supplier,
        ["frequency"] = item.Frequency?.ToString(),
        ["startDate"] = SandboxWireValues.Date(item.StartDate),
        ["endDate"] = SandboxWireValues.Date(item.EndDate),
    };

    private static JsonObject Assessment(ConformanceAssessment item) => new()
    {
        ["id"] = item.Id,
        ["name"] = item.Name,
        ["status"] = SandboxWireValues.Status(item.Status),
        ["completedDate"] = SandboxWireValues.Date(item.Completed),

        // An object, as Mosaic serves a form: the sandbox adds its own sentinel to it and keeps the kit's.
        ["form"] = new JsonObject { ["contents"] = item.Content },
    };

    private static JsonObject CaseNote(ConformanceCaseNote item) => new()
    {
        ["id"] = item.Id,
        ["type"] = item.Type,
        ["status"] = SandboxWireValues.Status(item.Status),
        ["completedDate"] = SandboxWireValues.Date(item.Completed),
        ["effectiveDate"] = SandboxWireValues.Date(item.Effective),
        ["title"] = item.Title,
        ["text"] = item.Text,
    };

    private static JsonObject CommunicationNeed(ConformanceCommunicationNeed item) => new()
    {
        ["id"] = item.Id,
        ["category"] = SandboxWireValues.Category(item.Category),
        ["description"] = item.Description,
        ["recordedDate"] = SandboxWireValues.Date(item.RecordedDate),
        ["endDate"] = SandboxWireValues.Date(item.EndDate),
    };
}

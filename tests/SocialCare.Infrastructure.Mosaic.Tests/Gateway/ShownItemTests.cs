using System.Globalization;
using System.Text.Json.Nodes;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Records;
using SocialCare.Infrastructure.Mosaic.Lists;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;
using SocialCare.Mosaic.Sandbox.Seed;

namespace SocialCare.Infrastructure.Mosaic.Tests.Gateway;

/// <summary>
/// Spec §4 and docs/mosaic-contract.md "What is shown", row by row: one item served by the sandbox over HTTP, and
/// whether the gateway shows it, hides it, or counts it as unreadable. Dates are relative to today in London.
/// </summary>
public class ShownItemTests : SandboxFixture
{
    public enum Expect
    {
        Shown,
        Hidden,
        Unreadable,
    }

    private static readonly object[] Rows =
    [
        Row("worker-relationships", """{ "id": "W", "type": "allocated-worker", "workerName": "A", "startDate": "{lastYear}", "endDate": null }""", Expect.Shown),
        Row("worker-relationships", """{ "id": "W", "type": "key-worker", "workerName": "A", "startDate": "{lastYear}" }""", Expect.Shown),
        Row("worker-relationships", """{ "id": "W", "type": "social-worker", "workerName": "A", "startDate": "{today}", "endDate": "{today}" }""", Expect.Shown),
        Row("worker-relationships", """{ "id": "W", "type": "social-worker", "workerName": "A", "startDate": "{lastYear}", "endDate": "{yesterday}" }""", Expect.Hidden),
        Row("worker-relationships", """{ "id": "W", "type": "social-worker", "workerName": "A", "startDate": "{tomorrow}" }""", Expect.Hidden),
        Row("worker-relationships", """{ "id": "W", "type": "occupational-therapist", "workerName": "A", "startDate": "{lastYear}" }""", Expect.Hidden),
        Row("worker-relationships", """{ "id": "W", "type": "social-worker", "workerName": "A" }""", Expect.Unreadable),
        Row("worker-relationships", """{ "id": "W", "type": "social-worker", "workerName": "", "startDate": "{lastYear}" }""", Expect.Unreadable),
        Row("worker-relationships", """{ "type": "social-worker", "workerName": "A", "startDate": "{lastYear}" }""", Expect.Unreadable),
        Row("worker-relationships", """{ "id": "W", "type": "social-worker", "workerName": 7, "startDate": "{lastYear}" }""", Expect.Unreadable),
        Row("service-agreements", """{ "id": "S", "status": "active", "startDate": "{lastYear}" }""", Expect.Shown),
        Row("service-agreements", """{ "id": "S", "status": "ended", "startDate": "{lastYear}", "endDate": "{yesterday}" }""", Expect.Shown),
        Row("service-agreements", """{ "id": "S", "status": "proposed", "startDate": "{tomorrow}" }""", Expect.Hidden),
        Row("service-agreements", """{ "id": "S", "status": "cancelled", "startDate": "{lastYear}" }""", Expect.Hidden),
        Row("service-agreements", """{ "id": "S", "status": "paused", "startDate": "{lastYear}" }""", Expect.Unreadable),
        Row("service-agreements", """{ "id": "S", "startDate": "{lastYear}" }""", Expect.Unreadable),
        Row("service-agreements", """{ "id": "S", "status": "active" }""", Expect.Unreadable),
        Row("assessments", """{ "id": "A", "name": "Care Act assessment", "status": "completed", "completedDate": "{lastYear}" }""", Expect.Shown),
        Row("assessments", """{ "id": "A", "name": "Care Act assessment", "status": "incoming" }""", Expect.Hidden),
        Row("assessments", """{ "id": "A", "name": "Care Act assessment", "status": "in-progress" }""", Expect.Hidden),
        Row("assessments", """{ "id": "A", "name": "Care Act assessment", "status": "reopened", "completedDate": "{lastYear}" }""", Expect.Hidden),
        Row("assessments", """{ "id": "A", "name": "Care Act assessment", "status": "completed" }""", Expect.Unreadable),
        Row("assessments", """{ "id": "A", "status": "completed", "completedDate": "{lastYear}" }""", Expect.Unreadable),
        Row("assessments", """{ "id": "A", "name": "Care Act assessment", "status": "done", "completedDate": "{lastYear}" }""", Expect.Unreadable),
        Row("assessments", """{ "id": "A", "name": "Care Act assessment", "status": 2, "completedDate": "{lastYear}" }""", Expect.Unreadable),
        Row("case-notes", """{ "id": "N", "status": "complete", "completedDate": "{lastYear}", "effectiveDate": "{lastYear}" }""", Expect.Shown),
        Row("case-notes", """{ "id": "N", "status": "draft", "effectiveDate": "{lastYear}" }""", Expect.Hidden),
        Row("case-notes", """{ "id": "N", "status": "timed-out", "effectiveDate": "{lastYear}" }""", Expect.Hidden),
        Row("case-notes", """{ "id": "N", "status": "deleted", "completedDate": "{lastYear}", "effectiveDate": "{lastYear}" }""", Expect.Hidden),
        Row("case-notes", """{ "id": "N", "status": "complete", "completedDate": "{lastYear}" }""", Expect.Unreadable),
        Row("case-notes", """{ "id": "N", "status": "complete", "completedDate": "31/02/2026", "effectiveDate": "{lastYear}" }""", Expect.Unreadable),
        Row("case-notes", """{ "id": "N", "status": "archived", "completedDate": "{lastYear}", "effectiveDate": "{lastYear}" }""", Expect.Unreadable),
        Row("communication-needs", """{ "id": "C", "category": "information-format", "description": "Large print", "recordedDate": "{lastYear}" }""", Expect.Shown),
        Row("communication-needs", """{ "id": "C", "category": "contact-method", "description": "Email", "endDate": "{today}" }""", Expect.Shown),
        Row("communication-needs", """{ "id": "C", "category": "communication-support", "description": "Extra time", "endDate": "{yesterday}" }""", Expect.Hidden),
        Row("communication-needs", """{ "id": "C", "category": "braille", "description": "Braille" }""", Expect.Unreadable),
        Row("communication-needs", """{ "id": "C", "category": "communication-professional" }""", Expect.Unreadable),
        Row("communication-needs", "\"just a string\"", Expect.Unreadable),
    ];

    [TestCaseSource(nameof(Rows))]
    public async Task Item_is_shown_hidden_or_unreadable(string list, string item, Expect expect)
    {
        Seed(list, new JsonArray(JsonNode.Parse(WithDates(item))));

        var found = (MosaicLookup.Found)await Host.LookupAsync(Boroughs.Spare, SeedPeople.Seeded);

        Assert.That(Count(found.Record, list), Is.EqualTo(expect == Expect.Shown ? 1 : 0));
        Assert.That(found.UnreadableItems, Is.EqualTo(expect == Expect.Unreadable ? 1 : 0));
    }

    [Test]
    public async Task Item_listed_twice_is_shown_once()
    {
        var note = """{ "id": "N", "status": "complete", "completedDate": "2026-01-02", "effectiveDate": "2026-01-01" }""";
        Seed("case-notes", new JsonArray(JsonNode.Parse(note), JsonNode.Parse(note)));

        var found = (MosaicLookup.Found)await Host.LookupAsync(Boroughs.Spare, SeedPeople.Seeded);

        Assert.That(found.Record.CaseNotes, Is.EqualTo(new[] { new CaseNoteMeta(new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 1)) }));
        Assert.That(found.UnreadableItems, Is.Zero);
    }

    [TestCase("2026-06-30T23:30:00Z", "2026-07-01")]
    [TestCase("2026-01-31T23:30:00Z", "2026-01-31")]
    [TestCase("2026-07-01T00:30:00+02:00", "2026-06-30")]
    [TestCase("2026-07-01T00:30:00", "2026-07-01")]
    public async Task Date_with_an_offset_is_taken_in_london(string wire, string expected)
    {
        Seed("case-notes", new JsonArray(JsonNode.Parse($$"""{ "id": "N", "status": "complete", "completedDate": "{{wire}}", "effectiveDate": "{{wire}}" }""")));

        var found = (MosaicLookup.Found)await Host.LookupAsync(Boroughs.Spare, SeedPeople.Seeded);

        var date = DateOnly.Parse(expected, CultureInfo.InvariantCulture);
        Assert.That(found.Record.CaseNotes, Is.EqualTo(new[] { new CaseNoteMeta(date, date) }));
    }

    [Test]
    public async Task Very_long_list_is_read_up_to_its_limit_and_the_rest_counted_as_unreadable()
    {
        var notes = new JsonArray();
        for (var i = 0; i < ListReader.MaxItems + 500; i++)
        {
            notes.Add(JsonNode.Parse($$"""{ "id": "N-{{i}}", "status": "complete", "completedDate": "2026-01-02", "effectiveDate": "2026-01-01" }"""));
        }

        Seed("case-notes", notes);

        var found = (MosaicLookup.Found)await Host.LookupAsync(Boroughs.Spare, SeedPeople.Seeded);

        Assert.That(found.Record.CaseNotes, Has.Count.EqualTo(ListReader.MaxItems));
        Assert.That(found.UnreadableItems, Is.EqualTo(500));
    }

    private static object[] Row(string list, string item, Expect expect) => [list, item, expect];

    private void Seed(string list, JsonArray items)
    {
        var record = list switch
        {
            "worker-relationships" => new SeedRecord { PersonId = "T-1", WorkerRelationships = items },
            "service-agreements" => new SeedRecord { PersonId = "T-1", ServiceAgreements = items },
            "assessments" => new SeedRecord { PersonId = "T-1", Assessments = items },
            "case-notes" => new SeedRecord { PersonId = "T-1", CaseNotes = items },
            _ => new SeedRecord { PersonId = "T-1", CommunicationNeeds = items },
        };
        Sandbox.People.Add(Boroughs.Spare.Code.Value, SeedPeople.Seeded.ToDigits(), record);
    }

    private static int Count(SocialCareRecord record, string list) => list switch
    {
        "worker-relationships" => record.SocialWorkers.Count,
        "service-agreements" => record.CarePackages.Count,
        "assessments" => record.Assessments.Count,
        "case-notes" => record.CaseNotes.Count,
        _ => record.CommunicationNeeds.Count,
    };

    private static string WithDates(string item)
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, london).DateTime);
        string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return item
            .Replace("{today}", Iso(today), StringComparison.Ordinal)
            .Replace("{yesterday}", Iso(today.AddDays(-1)), StringComparison.Ordinal)
            .Replace("{tomorrow}", Iso(today.AddDays(1)), StringComparison.Ordinal)
            .Replace("{lastYear}", Iso(today.AddYears(-1)), StringComparison.Ordinal);
    }
}

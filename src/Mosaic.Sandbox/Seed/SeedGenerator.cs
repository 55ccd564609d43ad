using System.Globalization;
using System.Text.Json.Nodes;

namespace SocialCare.Mosaic.Sandbox.Seed;

/// <summary>Expands <see cref="SeedRecord.Generate"/> into items; the same input gives the same items.</summary>
internal static class SeedGenerator
{
    private static readonly string[] NoteTypes = ["Phone call", "Home visit", "Email", "Letter", "Case conference"];
    private static readonly string[] AssessmentNames = ["Care Act assessment", "Annual review", "Carer's assessment"];
    private static readonly DateOnly Origin = new(2026, 6, 30);

    public static SeedRecord Expand(SeedRecord record)
    {
        if (record.Generate is not { } generate)
        {
            return record;
        }

        var notes = Copy(record.CaseNotes);
        for (var i = 1; i <= generate.CaseNotes; i++)
        {
            var date = Origin.AddDays(-(i / 3));
            notes.Add(new JsonObject
            {
                ["id"] = $"CN-G-{i:D5}",
                ["type"] = NoteTypes[i % NoteTypes.Length],
                ["status"] = "complete",
                ["completedDate"] = Iso(date),
                ["effectiveDate"] = Iso(date) + $"T{8 + (i % 10):D2}:{i % 60:D2}:00Z",
            });
        }

        var assessments = Copy(record.Assessments);
        for (var i = 1; i <= generate.Assessments; i++)
        {
            assessments.Add(new JsonObject
            {
                ["id"] = $"AS-G-{i:D4}",
                ["name"] = AssessmentNames[i % AssessmentNames.Length],
                ["status"] = "completed",
                ["completedDate"] = Iso(Origin.AddDays(-(3 * i))),
            });
        }

        return record with { CaseNotes = notes, Assessments = assessments, Generate = null };
    }

    private static JsonArray Copy(JsonArray? items) => items?.DeepClone().AsArray() ?? [];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Text;
using System.Text.Json;
using SocialCare.Infrastructure.Mosaic.Contract;

namespace SocialCare.Infrastructure.Mosaic.Tests.Contract;

/// <summary>
/// How the source-generated reader treats what Mosaic sends (docs/mosaic-contract.md, "Items that cannot be read"):
/// a broken item costs itself, a broken envelope costs the page.
/// </summary>
public class MosaicJsonContextTests
{
    [Test]
    public void Items_of_the_wrong_shape_or_with_unknown_values_are_counted_and_the_rest_read()
    {
        var page = Read("""
            { "items": [
                { "id": "CN-1", "status": "complete", "completedDate": "2026-03-01", "effectiveDate": "2026-02-28" },
                { "id": "CN-2", "status": "archived", "completedDate": "2026-03-01", "effectiveDate": "2026-02-28" },
                { "id": 3, "status": "complete" },
                { "id": "CN-4", "status": 1 },
                { "id": "CN-5", "status": "complete", "completedDate": "not a date" },
                { "id": "CN-6", "status": "complete", "completedDate": ["2026-03-01"] },
                "a string",
                null,
                { "id": "CN-9", "status": "timed-out", "title": { "nested": ["anything"] }, "text": 42 }
              ], "page": 1, "nextPage": null }
            """);

        Assert.That(page.Items!.Items.Select(n => n.Id), Is.EqualTo(new[] { "CN-1", "CN-9" }));
        Assert.That(page.Items.Unreadable, Is.EqualTo(7));
        Assert.That(page.Items.Items[1].Status, Is.EqualTo(CaseNoteStatus.TimedOut));
    }

    [TestCase("""{ "items": [ { "id": "CN-1" }, """)]
    [TestCase("""{ "items": { "id": "CN-1" } }""")]
    [TestCase("""{ "items": "none" }""")]
    [TestCase("""[ { "id": "CN-1" } ]""")]
    [TestCase("""<html>Service Unavailable</html>""")]
    [TestCase("""{ "items": [ { "id": "CN-1", "status": "complete" ] }""")]
    public void Envelope_that_cannot_be_read_fails_the_page(string body) =>
        Assert.That(() => Read(body), Throws.InstanceOf<JsonException>());

    [TestCase("9999-12-31T23:00:00-14:00")]
    [TestCase("0001-01-01T00:00:00+14:00")]
    public void Date_that_overflows_once_its_offset_is_applied_costs_only_its_item(string date)
    {
        var page = Read($$"""
            { "items": [
                { "id": "CN-1", "status": "complete", "completedDate": "2026-03-01", "effectiveDate": "2026-02-28" },
                { "id": "CN-2", "status": "complete", "completedDate": "{{date}}", "effectiveDate": "2026-02-28" }
              ], "page": 1, "nextPage": null }
            """);

        Assert.That(page.Items!.Items.Select(n => n.Id), Is.EqualTo(new[] { "CN-1" }));
        Assert.That(page.Items.Unreadable, Is.EqualTo(1));
    }

    [TestCase("""{ "id": "CN-2", "status": "draft", "status": "complete", "completedDate": "2026-03-01", "effectiveDate": "2026-02-28" }""")]
    [TestCase("""{ "id": "CN-2", "id": "CN-3", "status": "complete", "completedDate": "2026-03-01", "effectiveDate": "2026-02-28" }""")]
    [TestCase("""{ "id": "CN-2", "status": "complete", "completedDate": "2026-03-01", "effectiveDate": "2026-02-28", "effectiveDate": null }""")]
    public void Item_with_a_duplicated_field_costs_only_itself(string item)
    {
        var page = Read("""{ "items": [ { "id": "CN-1", "status": "complete", "completedDate": "2026-03-01", "effectiveDate": "2026-02-28" }, """ + item + " ], \"page\": 1 }");

        Assert.That(page.Items!.Items.Select(n => n.Id), Is.EqualTo(new[] { "CN-1" }));
        Assert.That(page.Items.Unreadable, Is.EqualTo(1));
    }

    [TestCase("""{ "items": [], "items": [ { "id": "CN-1", "status": "complete" } ], "page": 1 }""")]
    [TestCase("""{ "items": [], "page": 1, "page": 2 }""")]
    [TestCase("""{ "items": [], "nextPage": 2, "nextPage": null }""")]
    public void Envelope_with_a_duplicated_field_fails_the_page(string body) =>
        Assert.That(() => Read(body), Throws.InstanceOf<JsonException>());

    [Test]
    public void Person_search_with_a_duplicated_consent_cannot_be_read() =>
        Assert.That(
            () => JsonSerializer.Deserialize(
                """{"persons":[{"personId":"P-1","consentToShareWithThirdParties":"withheld","consentToShareWithThirdParties":"given"}]}"""u8,
                MosaicJsonContext.Default.PersonSearchDto),
            Throws.InstanceOf<JsonException>());

    [Test]
    public void Missing_items_is_read_as_null_for_the_gateway_to_refuse() =>
        Assert.That(Read("""{ "page": 1 }""").Items, Is.Null);

    [Test]
    public void Unknown_fields_are_ignored()
    {
        var page = Read("""{ "items": [ { "id": "CN-1", "status": "draft", "colour": "blue" } ], "page": 1, "extra": {} }""");

        Assert.That(page.Items!.Items, Has.Count.EqualTo(1));
    }

    [Test]
    public void Case_note_and_assessment_readers_have_no_member_for_contents_title_or_text()
    {
        var members = typeof(CaseNoteDto).GetProperties().Concat(typeof(AssessmentDto).GetProperties()).Select(p => p.Name);

        Assert.That(members, Has.None.AnyOf("Title", "Text", "Form", "Content", "Contents", "Body"));
    }

    private static MosaicPageDto<CaseNoteDto> Read(string json) =>
        JsonSerializer.Deserialize(Encoding.UTF8.GetBytes(json), MosaicJsonContext.Default.MosaicPageDtoCaseNoteDto)!;
}

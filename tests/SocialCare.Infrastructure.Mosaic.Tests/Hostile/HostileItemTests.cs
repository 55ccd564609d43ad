using SocialCare.Application.Abstractions;
using SocialCare.HostileMosaic;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile;

/// <summary>
/// Spec §4 over HTTP: a value that cannot be read costs its item (dropped, counted), and never the authority; the
/// same defect in the envelope makes the authority unavailable.
/// </summary>
public class HostileItemTests : HostileFixture
{
    [TestCase("9999-12-31T23:00:00-14:00")]
    [TestCase("0001-01-01T00:00:00+14:00")]
    [TestCase("9999-12-31T23:59:59.9999999-00:01")]
    public async Task Date_out_of_range_once_its_offset_is_applied_drops_only_its_item(string date)
    {
        var broken = """{"id":"CN-2","type":"Visit","status":"complete","completedDate":"2020-04-01","effectiveDate":"DATE"}""".Replace("DATE", date, StringComparison.Ordinal);
        await using var host = HostFor(request => CleanCouncil.ListOf(request) == "case-notes"
            ? HostileAnswer.Json(200, CleanCouncil.Page(CleanCouncil.Items["case-notes"] + "," + broken))
            : CleanCouncil.Answer(request));

        var lookup = await host.LookupAsync(Boroughs.Hammersmith, SeedPeople.NotKnown);

        var found = (MosaicLookup.Found)lookup;
        Assert.That(found.UnreadableItems, Is.EqualTo(1));
        Assert.That(found.Record.CaseNotes, Has.Count.EqualTo(1));
        Assert.That(found.Record.SocialWorkers, Has.Count.EqualTo(1), "the other lists are shown");
    }

    [TestCase("""{"persons":[{"personId":"MOS-4711-P","consentToShareWithThirdParties":"withheld","consentToShareWithThirdParties":"given"}]}""")]
    [TestCase("""{"persons":[{"personId":"MOS-4711-P","consentToShareWithThirdParties":"given","consentToShareWithThirdParties":"given"}]}""")]
    [TestCase("""{"persons":[{"personId":"MOS-4712-P","personId":"MOS-4711-P","consentToShareWithThirdParties":"given"}]}""")]
    [TestCase("""{"persons":[],"persons":[{"personId":"MOS-4711-P","consentToShareWithThirdParties":"given"}]}""")]
    public async Task Duplicated_field_of_the_person_search_makes_the_authority_unavailable(string search)
    {
        await using var host = HostFor(request => request.Path == "v1/persons" ? HostileAnswer.Json(200, search) : CleanCouncil.Answer(request));

        var lookup = await host.LookupAsync(Boroughs.Hammersmith, SeedPeople.NotKnown);

        Assert.That(lookup, Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.MalformedResponse)));
        Assert.That(CouncilRequests.Where(r => r.Path.StartsWith("v1/persons/", StringComparison.Ordinal)), Is.Empty, "no list is asked for");
    }

    [TestCase("""{"items":[],"items":[ITEM],"page":1,"nextPage":null}""")]
    [TestCase("""{"items":[ITEM],"page":1,"nextPage":2,"nextPage":null}""")]
    public async Task Duplicated_field_of_a_page_makes_the_authority_unavailable(string page)
    {
        await using var host = HostFor(request => CleanCouncil.ListOf(request) == "assessments"
            ? HostileAnswer.Json(200, page.Replace("ITEM", CleanCouncil.Items["assessments"], StringComparison.Ordinal))
            : CleanCouncil.Answer(request));

        Assert.That(await host.LookupAsync(Boroughs.Hammersmith, SeedPeople.NotKnown), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.MalformedResponse)));
    }

    [TestCase("""{"id":"AS-2","name":"Review","status":"in-progress","status":"completed","completedDate":"2020-03-01"}""")]
    [TestCase("""{"id":"AS-2","name":"Review","status":"completed","completedDate":"2020-03-01","completedDate":"2020-03-02"}""")]
    [TestCase("""{"id":"AS-2","id":"AS-3","name":"Review","status":"completed","completedDate":"2020-03-01"}""")]
    public async Task Duplicated_field_of_an_item_drops_only_its_item(string item)
    {
        await using var host = HostFor(request => CleanCouncil.ListOf(request) == "assessments"
            ? HostileAnswer.Json(200, CleanCouncil.Page(CleanCouncil.Items["assessments"] + "," + item))
            : CleanCouncil.Answer(request));

        var found = (MosaicLookup.Found)await host.LookupAsync(Boroughs.Hammersmith, SeedPeople.NotKnown);

        Assert.That(found.UnreadableItems, Is.EqualTo(1));
        Assert.That(found.Record.Assessments.Select(a => a.Name), Is.EqualTo(new[] { "Care Act assessment" }));
    }
}

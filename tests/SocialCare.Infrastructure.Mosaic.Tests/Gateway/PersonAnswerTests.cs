using System.Text.Json.Nodes;
using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;
using SocialCare.Mosaic.Sandbox.Seed;

namespace SocialCare.Infrastructure.Mosaic.Tests.Gateway;

/// <summary>What Mosaic may say about a person that the happy path never shows: conflicting consent, unsafe ids.</summary>
public class PersonAnswerTests : SandboxFixture
{
    [Test]
    public async Task Person_listed_twice_with_conflicting_consent_is_not_shared_and_nothing_more_is_asked()
    {
        Sandbox.People.Add(Boroughs.Spare.Code.Value, SeedPeople.Seeded.ToDigits(), new SeedRecord { PersonId = "T-1", Consent = "given", CaseNotes = Notes() });
        Sandbox.People.Add(Boroughs.Spare.Code.Value, SeedPeople.Seeded.ToDigits(), new SeedRecord { PersonId = "T-1", Consent = "withheld" });

        var lookup = await Host.LookupAsync(Boroughs.Spare, SeedPeople.Seeded);

        Assert.That(lookup, Is.InstanceOf<MosaicLookup.NotShared>());
        Assert.That(Sandbox.Requests.Snapshot().Where(r => r.Method == "GET").Select(r => r.Resource), Is.EqualTo(new[] { "persons" }));
    }

    [TestCase("not-recorded")]
    [TestCase("GIVEN-ish")]
    [TestCase(null)]
    public async Task Consent_other_than_given_is_not_shared(string? consent)
    {
        Sandbox.People.Add(Boroughs.Spare.Code.Value, SeedPeople.Seeded.ToDigits(), new SeedRecord { PersonId = "T-1", Consent = consent, CaseNotes = Notes() });

        Assert.That(await Host.LookupAsync(Boroughs.Spare, SeedPeople.Seeded), Is.InstanceOf<MosaicLookup.NotShared>());
    }

    [TestCase("..")]
    [TestCase(".")]
    [TestCase("../../E09000013/v1/persons/MOS-13-0001")]
    public async Task Person_id_that_would_climb_out_of_the_path_is_a_malformed_answer(string personId)
    {
        Sandbox.People.Add(Boroughs.Spare.Code.Value, SeedPeople.Seeded.ToDigits(), new SeedRecord { PersonId = personId, CaseNotes = Notes() });

        Assert.That(await Host.LookupAsync(Boroughs.Spare, SeedPeople.Seeded), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.MalformedResponse)));
        Assert.That(Sandbox.Requests.Snapshot().Where(r => r.Method == "GET").Select(r => r.Resource), Is.EqualTo(new[] { "persons" }));
    }

    [Test]
    public async Task Person_id_with_reserved_characters_is_escaped_into_one_path_segment()
    {
        Sandbox.People.Add(Boroughs.Spare.Code.Value, SeedPeople.Seeded.ToDigits(), new SeedRecord { PersonId = "MOS 13?x=1&y#2", CaseNotes = Notes() });

        var found = (MosaicLookup.Found)await Host.LookupAsync(Boroughs.Spare, SeedPeople.Seeded);

        Assert.That(found.Record.CaseNotes, Has.Count.EqualTo(1));
    }

    private static JsonArray Notes() =>
        new(JsonNode.Parse("""{ "id": "N", "status": "complete", "completedDate": "2026-01-02", "effectiveDate": "2026-01-01" }"""));
}

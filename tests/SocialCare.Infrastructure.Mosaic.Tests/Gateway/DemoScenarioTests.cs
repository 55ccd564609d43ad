using SocialCare.Application.Abstractions;
using SocialCare.Domain.Records;
using SocialCare.Infrastructure.Mosaic.Lists;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

namespace SocialCare.Infrastructure.Mosaic.Tests.Gateway;

/// <summary>Each seeded scenario of the sandbox, over loopback HTTP, gives its exact per-authority answer (spec §1 step 8).</summary>
public class DemoScenarioTests : SandboxFixture
{
    [Test]
    public async Task Full_record_shows_only_what_may_be_shown()
    {
        var found = (MosaicLookup.Found)await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        var record = found.Record;

        Assert.That(found.UnreadableItems, Is.Zero);
        Assert.That(record.LocalAuthority, Is.EqualTo(Boroughs.Hammersmith));
        Assert.That(record.SocialWorkers, Is.EquivalentTo(new[]
        {
            new SocialWorker("Sam Okafor", "Hammersmith Adults Team 2", "020 7946 0001", WorkerRelationship.AllocatedWorker),
            new SocialWorker("Priya Lindqvist", "Hammersmith Reablement", "020 7946 0002", WorkerRelationship.KeyWorker),
            new SocialWorker("Tomasz Adeyemi", "Hammersmith Adults Team 2", null, WorkerRelationship.SocialWorker),
        }));
        Assert.That(record.CarePackages, Is.EquivalentTo(new[]
        {
            new CarePackage(new DateOnly(2025, 11, 3), null, "Riverside Care Ltd", "4 calls a day", "Home care"),
            new CarePackage(new DateOnly(2025, 6, 2), null, null, "Tuesdays and Thursdays", "Day centre"),
            new CarePackage(new DateOnly(2025, 4, 14), new DateOnly(2025, 5, 25), "Fulham Reablement Team", "Daily", "Reablement"),
        }));
        Assert.That(record.Assessments, Is.EquivalentTo(new[]
        {
            new AssessmentSummary("Care Act assessment", new DateOnly(2026, 2, 11)),
            new AssessmentSummary("Carer's assessment", new DateOnly(2025, 10, 20)),
            new AssessmentSummary("Occupational therapy assessment", new DateOnly(2025, 3, 5)),
        }));
        Assert.That(record.CaseNotes, Is.EquivalentTo(new[]
        {
            new CaseNoteMeta(new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 28)),
            new CaseNoteMeta(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 1)),
            new CaseNoteMeta(new DateOnly(2026, 1, 15), new DateOnly(2026, 1, 15)),
            new CaseNoteMeta(new DateOnly(2025, 12, 2), new DateOnly(2025, 12, 2)),
            new CaseNoteMeta(new DateOnly(2025, 11, 20), new DateOnly(2025, 11, 19)),
        }));
        Assert.That(record.CommunicationNeeds, Is.EquivalentTo(new[]
        {
            new CommunicationNeed(CommunicationNeedCategory.InformationFormat, "Large print", new DateOnly(2025, 6, 1)),
            new CommunicationNeed(CommunicationNeedCategory.ContactMethod, "Telephone calls in the morning", new DateOnly(2025, 6, 1)),
            new CommunicationNeed(CommunicationNeedCategory.CommunicationSupport, "Needs extra time to respond", null),
            new CommunicationNeed(CommunicationNeedCategory.CommunicationProfessional, "British Sign Language interpreter", new DateOnly(2025, 7, 15)),
        }));
    }

    [Test]
    public async Task Person_known_nowhere_is_not_found() =>
        Assert.That(await Host.LookupAsync(Boroughs.Ealing, SeedPeople.NotKnown), Is.InstanceOf<MosaicLookup.NotFound>());

    [Test]
    public async Task Person_who_withheld_consent_is_not_shared_and_nothing_more_is_asked()
    {
        var lookup = await Host.LookupAsync(Boroughs.Harrow, SeedPeople.NotShared);

        Assert.That(lookup, Is.InstanceOf<MosaicLookup.NotShared>());
        Assert.That(Sandbox.Requests.Snapshot().Where(r => r.Method == "GET").Select(r => r.Resource), Is.EqualTo(new[] { "persons" }));
    }

    [Test]
    public async Task Two_persons_with_one_nhs_number_are_several_persons_and_nothing_more_is_asked()
    {
        var lookup = await Host.LookupAsync(Boroughs.Hillingdon, SeedPeople.RecordMismatch);

        Assert.That(lookup, Is.InstanceOf<MosaicLookup.SeveralPersons>());
        Assert.That(Sandbox.Requests.Snapshot().Where(r => r.Method == "GET").Select(r => r.Resource), Is.EqualTo(new[] { "persons" }));
    }

    [Test]
    public async Task Faulted_authority_is_unavailable_as_a_server_error() =>
        Assert.That(await Host.LookupAsync(Boroughs.Hounslow, SeedPeople.Unavailable), Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.ServerError)));

    [Test]
    public async Task Partial_patient_has_data_at_one_authority_and_a_server_error_at_the_other()
    {
        var hammersmith = await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Partial);
        var westminster = await Host.LookupAsync(Boroughs.Westminster, SeedPeople.Partial);

        Assert.That(hammersmith, Is.InstanceOf<MosaicLookup.Found>());
        Assert.That(westminster, Is.EqualTo(new MosaicLookup.Unavailable(UnavailableReason.ServerError)));
    }

    [Test]
    public async Task A_patients_fault_does_not_touch_another_person_at_the_same_authority()
    {
        Assert.That(await Host.LookupAsync(Boroughs.Westminster, SeedPeople.Partial), Is.InstanceOf<MosaicLookup.Unavailable>());
        Assert.That(await Host.LookupAsync(Boroughs.Westminster, SeedPeople.Full), Is.InstanceOf<MosaicLookup.NotFound>());
    }

    [Test]
    public async Task Person_at_two_authorities_is_found_at_both()
    {
        var brent = (MosaicLookup.Found)await Host.LookupAsync(Boroughs.Brent, SeedPeople.TwoAuthorities);
        var ealing = (MosaicLookup.Found)await Host.LookupAsync(Boroughs.Ealing, SeedPeople.TwoAuthorities);

        Assert.That(brent.Record.LocalAuthority, Is.EqualTo(Boroughs.Brent));
        Assert.That(ealing.Record.LocalAuthority, Is.EqualTo(Boroughs.Ealing));
    }

    [Test]
    public async Task Large_record_is_read_in_full_over_several_pages()
    {
        var found = (MosaicLookup.Found)await Host.LookupAsync(Boroughs.Kensington, SeedPeople.Large);

        Assert.That(found.Record.CaseNotes, Has.Count.EqualTo(5000));
        Assert.That(found.Record.Assessments, Has.Count.EqualTo(500));
        Assert.That(found.UnreadableItems, Is.Zero);
        Assert.That(
            Sandbox.Requests.Snapshot().Count(r => r.Resource == "case-notes"),
            Is.EqualTo(5000 / ListReader.PageSize),
            "pages of the largest size the contract allows");
    }

    [Test]
    public async Task Unreadable_items_are_left_out_and_counted_and_the_rest_shown()
    {
        var found = (MosaicLookup.Found)await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Unreadable);

        // The seed's sandbox-unreadable person: in each list one good item beside broken ones (a wrong JSON type, a
        // missing or empty id, an unknown status or category, a bad date, a non-object), and two repeated ids.
        Assert.That(found.UnreadableItems, Is.EqualTo(4 + 1 + 3 + 3 + 3));
        Assert.That(found.Record.SocialWorkers.Select(w => w.Name), Is.EqualTo(new[] { "Ottoline Varga" }));
        Assert.That(found.Record.CarePackages.Select(p => p.Service), Is.EqualTo(new[] { "Home care" }));
        Assert.That(found.Record.Assessments.Select(a => a.Name), Is.EqualTo(new[] { "Care Act assessment" }));
        Assert.That(found.Record.CaseNotes, Is.EqualTo(new[] { new CaseNoteMeta(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1)) }));
        Assert.That(found.Record.CommunicationNeeds.Select(n => n.Description), Is.EqualTo(new[] { "Large print" }));
    }

    [Test]
    public async Task Two_views_make_two_sets_of_calls()
    {
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);
        var first = Sandbox.Requests.Snapshot().Count(r => r.Method == "GET");
        await Host.LookupAsync(Boroughs.Hammersmith, SeedPeople.Full);

        Assert.That(first, Is.EqualTo(6), "the person, then each of the five lists");
        Assert.That(Sandbox.Requests.Snapshot().Count(r => r.Method == "GET"), Is.EqualTo(2 * first));
    }

    [Test]
    public async Task Only_gets_and_the_token_post_reach_mosaic_and_no_path_or_query_holds_the_nhs_number()
    {
        foreach (var (authority, number) in new[]
        {
            (Boroughs.Hammersmith, SeedPeople.Full), (Boroughs.Ealing, SeedPeople.NotKnown), (Boroughs.Harrow, SeedPeople.NotShared),
            (Boroughs.Hounslow, SeedPeople.Unavailable), (Boroughs.Hillingdon, SeedPeople.RecordMismatch), (Boroughs.Kensington, SeedPeople.Large),
        })
        {
            await Host.LookupAsync(authority, number);
        }

        var requests = Sandbox.Requests.Snapshot();
        Assert.That(requests.Select(r => (r.Method, r.Resource == "token")).Distinct(), Is.EquivalentTo(new[] { ("GET", false), ("POST", true) }));
        Assert.That(requests.Select(r => r.Path + r.QueryString), Has.None.Contains("999000"));
        Assert.That(requests.Where(r => r.Resource == "persons").Select(r => r.HadNhsNumberHeader), Has.All.True);
        Assert.That(requests.Where(r => r.Resource != "persons").Select(r => r.HadNhsNumberHeader), Has.None.True);
    }
}

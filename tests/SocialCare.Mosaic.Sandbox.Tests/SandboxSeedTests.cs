using System.Text.Json.Nodes;
using SocialCare.Mosaic.Sandbox.Faults;
using SocialCare.Mosaic.Sandbox.Seed;

namespace SocialCare.Mosaic.Sandbox.Tests;

public sealed class SandboxSeedTests
{
    private static readonly SandboxSeed Seed = SandboxSeed.LoadDefault();

    private static readonly string[] DemoPatients =
    [
        "demo-full", "demo-not-known", "demo-not-shared", "demo-no-nhs-number", "demo-invalid-nhs-number",
        "demo-unavailable", "demo-partial", "demo-two-authorities", "demo-record-mismatch", "demo-large",
        "demo-outside-pilot",
    ];

    [Test]
    public void Seed_has_every_demo_patient()
    {
        Assert.That(Seed.Patients.Select(p => p.PatientId), Is.SupersetOf(DemoPatients));
    }

    [Test]
    public void Every_nhs_number_is_synthetic_and_passes_modulus_11_except_the_invalid_one()
    {
        var numbered = Seed.Patients.Where(p => p.NhsNumber is not null).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(numbered.Select(p => p.NhsNumber), Has.All.StartsWith("999").And.Length.EqualTo(10));
            Assert.That(numbered.Where(p => p.PatientId != "demo-invalid-nhs-number").Select(p => PassesModulus11(p.NhsNumber!)), Has.All.True);
            Assert.That(PassesModulus11(Seed.Find("demo-invalid-nhs-number")!.NhsNumber!), Is.False);
            Assert.That(Seed.Find("demo-no-nhs-number")!.NhsNumber, Is.Null);
            Assert.That(numbered.Select(p => p.NhsNumber), Is.Unique);
        });
    }

    /// <remarks>
    /// Which region is the pilot's is configuration, not the seed's: the rule is that every demo patient but the one
    /// outside the pilot shares demo-full's region, and that one is elsewhere, whatever the regions are called.
    /// </remarks>
    [Test]
    public void Every_team_is_in_the_pilot_region_of_demo_full_except_the_outside_pilot_patient()
    {
        var pilot = Seed.Find("demo-full")!.Teams.Select(t => t.RegionId).Distinct().Single();

        Assert.Multiple(() =>
        {
            Assert.That(Seed.Patients.Where(p => p.PatientId != "demo-outside-pilot").SelectMany(p => p.Teams).Select(t => t.RegionId),
                Has.All.EqualTo(pilot));
            Assert.That(Seed.Find("demo-outside-pilot")!.Teams.Select(t => t.RegionId), Is.Not.Empty.And.None.EqualTo(pilot));
        });
    }

    [Test]
    public void Every_demo_patient_says_what_it_shows_for_the_start_page() =>
        Assert.That(Seed.Patients.Where(p => string.IsNullOrWhiteSpace(p.Shows)).Select(p => p.PatientId), Is.Empty);

    [Test]
    public void Patients_with_faults_have_their_authorities_to_themselves()
    {
        var faulted = Seed.Patients.Where(p => p.Faults.Count > 0).ToList();
        var faultedAuthorities = faulted.SelectMany(p => p.Faults.Select(f => f.Authority)).ToList();
        var othersAuthorities = Seed.Patients.Except(faulted).SelectMany(p => p.OwnAuthorities).ToList();

        Assert.That(faultedAuthorities, Has.None.AnyOf(othersAuthorities.Cast<object>().ToArray()));
    }

    [Test]
    public void Demo_large_is_expanded_at_load_to_5000_notes_and_500_assessments()
    {
        var record = Seed.Find("demo-large")!.Records.Single();

        Assert.Multiple(() =>
        {
            Assert.That(record.CaseNotes, Has.Count.EqualTo(5000));
            Assert.That(record.Assessments, Has.Count.EqualTo(500));
            Assert.That(record.Generate, Is.Null);
            Assert.That(SandboxSeed.LoadDefault().Find("demo-large")!.Records.Single().CaseNotes!.ToJsonString(),
                Is.EqualTo(record.CaseNotes!.ToJsonString()));
        });
    }

    [Test]
    public void Demo_unavailable_has_a_503_fault()
    {
        var fault = Seed.Find("demo-unavailable")!.Faults.Single();

        Assert.Multiple(() =>
        {
            Assert.That(fault.Kind, Is.EqualTo(SandboxFaultKind.Status));
            Assert.That(fault.Status, Is.EqualTo(503));
            Assert.That(fault.Authority, Is.EqualTo("E09000018"));
        });
    }

    [Test]
    public void Unreadable_person_keeps_items_of_the_wrong_shape()
    {
        var record = Seed.Find("sandbox-unreadable")!.Records.Single();

        Assert.That(record.WorkerRelationships!.Any(i => i is JsonValue), Is.True);
    }

    [Test]
    public void Every_telephone_number_is_in_ofcoms_range_for_drama()
    {
        var seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seed.json"));
        var numbers = System.Text.RegularExpressions.Regex.Matches(seed, @"\b0\d{2,4} ?\d{3,4} ?\d{3,4}\b").Select(m => m.Value).ToList();

        Assert.That(numbers, Is.Not.Empty, "a check that finds no number proves nothing");
        Assert.That(numbers, Has.All.Match(@"^020 7946 0\d{3}$"));
    }

    [Test]
    public void Load_reads_a_seed_file_from_disk()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "seed.json");

        Assert.That(SandboxSeed.Load(path).Patients, Has.Count.EqualTo(Seed.Patients.Count));
    }

    private static bool PassesModulus11(string nhsNumber)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (nhsNumber[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => nhsNumber[9] == '0',
            10 => false,
            _ => nhsNumber[9] - '0' == check,
        };
    }
}

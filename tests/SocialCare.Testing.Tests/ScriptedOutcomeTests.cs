using Microsoft.Extensions.Time.Testing;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Errors;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Testing.Tests;

/// <summary>What each scripted council answer becomes through the library's real pipeline.</summary>
public class ScriptedOutcomeTests
{
    private const string Patient = "patient-1";

    [Test]
    public async Task Not_shared_is_said_to_the_patient()
    {
        await using var harness = SelfHarness();
        harness.Mosaic.NotShared();

        var result = await View(harness);

        Assert.That(result.HasError<NotSharedError>(), Is.True);
    }

    [Test]
    public async Task Not_shared_is_concealed_as_not_known_from_a_carer_but_audited_as_it_was()
    {
        await using var harness = SocialCareTestHarness.Create();
        harness.Directory.Add(Patient, "carer-1", new PatientFactsBuilder().WithNhsNumber("9434765919").InPilotTeam().GrantingSocialCare(ViewerRelationship.Carer).Build());
        harness.Mosaic.NotShared();

        var result = await harness.SendAsync(new GetSocialCareQuery(PatientId.Create(Patient).Value, ViewerId.Create("carer-1").Value));

        Assert.That(result.Errors.OfType<SocialCareError>().Single().Code, Is.EqualTo(SocialCareCodes.NotKnown));
        Assert.That(
            (harness.Audit.Entries.Single().TrueOutcome, harness.Audit.Entries.Single().AnsweredCode),
            Is.EqualTo((SocialCareCodes.NotShared, SocialCareCodes.NotKnown)));
    }

    [Test]
    public async Task Not_found_is_not_known()
    {
        await using var harness = SelfHarness();
        harness.Mosaic.NotFound();

        Assert.That((await View(harness)).HasError<NotKnownError>(), Is.True);
    }

    [Test]
    public async Task Several_persons_with_the_number_is_a_record_mismatch_for_the_patient()
    {
        await using var harness = SelfHarness();
        harness.Mosaic.SeveralPersons();

        Assert.That((await View(harness)).HasError<RecordMismatchError>(), Is.True);
    }

    [Test]
    public async Task An_unavailable_council_makes_the_view_unavailable()
    {
        await using var harness = SelfHarness();
        harness.Mosaic.Unavailable(UnavailableReason.ServerError);

        var result = await View(harness);

        Assert.That(result.HasError<UnavailableError>(), Is.True);
    }

    [Test]
    public async Task A_council_slower_than_the_deadline_is_given_up_on_the_harness_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero));
        await using var harness = SocialCareTestHarness.Create(new Dictionary<string, string?> { ["SocialCare:Deadline"] = "00:00:02" }, time);
        harness.Directory.Add(Patient, Patient, new PatientFactsBuilder().WithNhsNumber("9434765919").InPilotTeam().AsSelf().Build());
        harness.Mosaic.Slow(TimeSpan.FromSeconds(30), new MosaicLookup.NotFound());

        var view = View(harness);
        while (!view.IsCompleted)
        {
            // Each step lets the deadline's timer, once the view has armed it, fire; no real time passes.
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Yield();
        }

        var result = await view;
        Assert.That(result.HasError<UnavailableError>(), Is.True);
    }

    [Test]
    public async Task Only_the_scripted_council_answers_differently()
    {
        await using var harness = SocialCareTestHarness.Create(new Dictionary<string, string?>
        {
            ["SocialCare:LocalAuthorities:1:Code"] = "E09000009",
            ["SocialCare:LocalAuthorities:1:Name"] = "Ealing",
            ["SocialCare:LocalAuthorities:1:Region"] = SocialCareTestHarness.PilotRegion,
            ["SocialCare:LocalAuthorities:1:Enabled"] = "true",
        });
        harness.Directory.Add(Patient, Patient, new PatientFactsBuilder().WithNhsNumber("9434765919").InPilotTeam().AsSelf().Build());
        harness.Mosaic.Found().NotFound("E09000009");

        var result = await View(harness);

        Assert.That(result.Value.Sources.Select(s => s.LocalAuthority.Name), Is.EqualTo(new[] { "Hammersmith and Fulham" }));
        Assert.That(harness.Mosaic.Asked.Select(a => a.Code.Value), Is.EquivalentTo(new[] { "E09000013", "E09000009" }));
    }

    [Test]
    public async Task A_directory_that_fails_makes_the_view_unavailable()
    {
        await using var harness = SelfHarness();
        harness.Directory.FailWith(new InvalidOperationException("directory down"));

        var result = await View(harness);

        Assert.That(result.HasError<UnavailableError>(), Is.True);
    }

    private static SocialCareTestHarness SelfHarness()
    {
        var harness = SocialCareTestHarness.Create();
        harness.Directory.Add(Patient, Patient, new PatientFactsBuilder().WithNhsNumber("9434765919").InPilotTeam().AsSelf().Build());
        return harness;
    }

    private static Task<FluentResults.Result<SocialCareView>> View(SocialCareTestHarness harness) =>
        harness.SendAsync(new GetSocialCareQuery(PatientId.Create(Patient).Value, ViewerId.Create(Patient).Value));
}

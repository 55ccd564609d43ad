using Microsoft.Extensions.DependencyInjection;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Errors;
using SocialCare.Application.Tests.TestSupport;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Tests.Viewing.GetSocialCare;

/// <summary>Spec §1 step 10: no response to anyone but the patient reveals that they are known to social care.</summary>
public class AudienceTests : SocialCareHarnessFixture
{
    private UserMessageCatalogue _catalogue = null!;

    public enum Viewer
    {
        Carer,
        TeamProfessional,
        IndividualProfessional,
        SeveralGrants,
    }

    public enum Concealed
    {
        NotShared,
        SeveralPersons,
    }

    [SetUp]
    public void ResolveCatalogue() => _catalogue = Harness.Services.GetRequiredService<UserMessageCatalogue>();

    [Test]
    public async Task Not_shared_and_record_mismatch_are_answered_as_not_known_to_every_viewer_but_the_patient(
        [Values] Viewer viewer, [Values] Concealed concealed)
    {
        Harness.Knows(People.Facts(Grants(viewer)));
        var genuine = Outcome.ErrorOf(await Harness.ViewAsync());
        Harness.Answers(Places.Hammersmith, concealed == Concealed.NotShared ? Records.NotShared : Records.SeveralPersons);

        var answered = Outcome.ErrorOf(await Harness.ViewAsync());

        Assert.That(answered.Code, Is.EqualTo("social-care.not-known"));
        Assert.That(answered.GetType(), Is.EqualTo(genuine.GetType()));
        Assert.That(answered.Code, Is.EqualTo(genuine.Code));
        Assert.That(answered.Audience, Is.EqualTo(genuine.Audience));
        Assert.That(answered.Message, Is.EqualTo(genuine.Message));
        Assert.That(_catalogue.Describe(answered.Code, answered.Audience), Is.EqualTo(_catalogue.Describe(genuine.Code, genuine.Audience)));
    }

    [TestCase(Concealed.NotShared, "social-care.not-shared")]
    [TestCase(Concealed.SeveralPersons, "social-care.record-mismatch")]
    public async Task Patient_is_told_the_true_outcome(Concealed concealed, string expected)
    {
        Harness.Knows(People.Facts([People.Self]));
        Harness.Answers(Places.Hammersmith, concealed == Concealed.NotShared ? Records.NotShared : Records.SeveralPersons);

        var error = Outcome.ErrorOf(await Harness.ViewAsync());

        Assert.That(error.Code, Is.EqualTo(expected));
        Assert.That(error.Audience, Is.EqualTo(Audience.Patient));
    }

    [Test]
    public async Task Audit_keeps_the_outcome_the_answer_conceals()
    {
        Harness.Knows(People.Facts([People.Carer()]));
        Harness.Answers(Places.Hammersmith, Records.NotShared);

        var answered = Outcome.ErrorOf(await Harness.ViewAsync());

        Assert.That(answered.Code, Is.EqualTo("social-care.not-known"));
        var entry = Harness.SingleAuditEntry();
        Assert.That(entry.TrueOutcome, Is.EqualTo("social-care.not-shared"));
        Assert.That(entry.AnsweredCode, Is.EqualTo("social-care.not-known"));
    }

    [TestCase("social-care.not-in-pilot")]
    [TestCase("social-care.not-shared")]
    [TestCase("social-care.not-known")]
    [TestCase("social-care.record-mismatch")]
    [TestCase("social-care.no-nhs-number")]
    [TestCase("social-care.invalid-nhs-number")]
    [TestCase("social-care.authority-unavailable")]
    [TestCase("social-care.partial-record")]
    public void Patient_reads_a_different_message_from_everyone_else(string code)
    {
        var forPatient = _catalogue.Describe(code, Audience.Patient, "Ealing").Text;
        var forOthers = _catalogue.Describe(code, Audience.Other, "Ealing").Text;

        Assert.That(forPatient, Is.Not.EqualTo(forOthers));
        Assert.That(forPatient, Does.Contain("you"));
        Assert.That(forOthers, Does.Contain("this person").Or.Contain("the person").Or.Contain("their"));
    }

    [Test]
    public async Task Warnings_are_worded_for_the_viewer()
    {
        Harness.Knows(People.Facts([People.Carer()]));
        Harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith));
        Harness.Answers(Places.Ealing, Records.Unavailable);

        var view = (await Harness.ViewAsync()).Value;
        var warning = view.Warnings.Single();

        Assert.That(view.Audience, Is.EqualTo(Audience.Other));
        Assert.That(
            _catalogue.Describe(warning.Code, view.Audience, warning.LocalAuthority.Name).Text,
            Does.StartWith("We could not reach Ealing just now, so information they hold about this person may be missing."));
    }

    private static Grant[] Grants(Viewer viewer) => viewer switch
    {
        Viewer.Carer => [People.Carer()],
        Viewer.TeamProfessional => [People.TeamProfessional()],
        Viewer.IndividualProfessional => [People.IndividualProfessional()],
        _ => [People.Carer(label: false), People.TeamProfessional()],
    };
}

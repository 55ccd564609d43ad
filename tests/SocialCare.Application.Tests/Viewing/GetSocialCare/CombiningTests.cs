using SocialCare.Application.Abstractions;
using SocialCare.Application.Tests.TestSupport;
using SocialCare.Domain.Authorities;

namespace SocialCare.Application.Tests.Viewing.GetSocialCare;

/// <summary>Spec §1 step 9, seen by the patient (to whom nothing is concealed), with two authorities asked.</summary>
public class CombiningTests : SocialCareHarnessFixture
{
    private static readonly string[] EalingThenHammersmith = ["Ealing", "Hammersmith and Fulham"];

    public enum Answer
    {
        Found,
        FoundWithUnreadableItems,
        NotFound,
        NotShared,
        SeveralPersons,
        Unavailable,
    }

    [SetUp]
    public void PatientIsViewing() => Harness.Knows(People.Facts([People.Self]));

    [TestCase(Answer.Found, Answer.NotFound, "social-care.shown")]
    [TestCase(Answer.Found, Answer.NotShared, "social-care.shown")]
    [TestCase(Answer.Found, Answer.SeveralPersons, "social-care.shown")]
    [TestCase(Answer.Found, Answer.Unavailable, "social-care.shown")]
    [TestCase(Answer.FoundWithUnreadableItems, Answer.NotFound, "social-care.shown")]
    [TestCase(Answer.Unavailable, Answer.SeveralPersons, "social-care.unavailable")]
    [TestCase(Answer.Unavailable, Answer.NotShared, "social-care.unavailable")]
    [TestCase(Answer.Unavailable, Answer.NotFound, "social-care.unavailable")]
    [TestCase(Answer.Unavailable, Answer.Unavailable, "social-care.unavailable")]
    [TestCase(Answer.SeveralPersons, Answer.NotShared, "social-care.record-mismatch")]
    [TestCase(Answer.SeveralPersons, Answer.NotFound, "social-care.record-mismatch")]
    [TestCase(Answer.SeveralPersons, Answer.SeveralPersons, "social-care.record-mismatch")]
    [TestCase(Answer.NotShared, Answer.NotFound, "social-care.not-shared")]
    [TestCase(Answer.NotShared, Answer.NotShared, "social-care.not-shared")]
    [TestCase(Answer.NotFound, Answer.NotFound, "social-care.not-known")]
    public async Task Outcome_takes_data_first_then_the_first_of_unavailable_mismatch_not_shared_not_known(Answer first, Answer second, string expected)
    {
        // Both ways round: precedence must not depend on which authority answered what.
        Harness.Answers(Places.Hammersmith, Lookup(first, Places.Hammersmith));
        Harness.Answers(Places.Ealing, Lookup(second, Places.Ealing));
        var oneWay = Outcome.CodeOf(await Harness.ViewAsync());

        Harness.Answers(Places.Hammersmith, Lookup(second, Places.Hammersmith));
        Harness.Answers(Places.Ealing, Lookup(first, Places.Ealing));
        var otherWay = Outcome.CodeOf(await Harness.ViewAsync());

        Assert.That(oneWay, Is.EqualTo(expected));
        Assert.That(otherWay, Is.EqualTo(expected));
    }

    [Test]
    public async Task No_authority_to_ask_is_not_known()
    {
        Harness.Knows(People.Facts([People.Self], ownAuthorities: []));

        Assert.That(Outcome.CodeOf(await Harness.ViewAsync()), Is.EqualTo("social-care.not-known"));
        Harness.DidNotAskAnyMosaic();
    }

    [Test]
    public async Task Every_authority_that_shared_gives_a_source_ordered_by_name()
    {
        Harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith));
        Harness.Answers(Places.Ealing, Records.Found(Places.Ealing));

        var view = (await Harness.ViewAsync()).Value;

        Assert.That(view.Sources.Select(s => s.LocalAuthority.Name), Is.EqualTo(EalingThenHammersmith));
        Assert.That(view.Warnings, Is.Empty);
    }

    [Test]
    public async Task Unavailable_authority_beside_data_is_a_warning_naming_it()
    {
        Harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith));
        Harness.Answers(Places.Ealing, Records.Unavailable);

        var view = (await Harness.ViewAsync()).Value;

        Assert.That(view.Sources, Has.Count.EqualTo(1));
        Assert.That(view.Warnings.Select(w => (w.Code, w.LocalAuthority)), Is.EqualTo(new[] { ("social-care.authority-unavailable", Places.Ealing) }));
    }

    [Test]
    public async Task Unreadable_items_are_a_partial_record_warning_naming_the_authority()
    {
        Harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith, unreadableItems: 3));

        var view = (await Harness.ViewAsync()).Value;

        Assert.That(view.Warnings.Select(w => (w.Code, w.LocalAuthority)), Is.EqualTo(new[] { ("social-care.partial-record", Places.Hammersmith) }));
    }

    [Test]
    public async Task Consent_withheld_at_one_authority_beside_data_at_another_shows_the_data_and_says_nothing_of_it()
    {
        Harness.Answers(Places.Hammersmith, Records.NotShared);
        Harness.Answers(Places.Ealing, Records.Found(Places.Ealing));

        var view = (await Harness.ViewAsync()).Value;

        Assert.That(view.Sources.Single().LocalAuthority, Is.EqualTo(Places.Ealing));
        Assert.That(view.Warnings, Is.Empty);
    }

    [Test]
    public async Task Source_is_attributed_to_the_authority_asked_whatever_the_record_says()
    {
        Harness.Answers(Places.Hammersmith, Records.Found(Places.Ealing));

        var view = (await Harness.ViewAsync()).Value;

        Assert.That(view.Sources.Single().LocalAuthority, Is.EqualTo(Places.Hammersmith));
    }

    [Test]
    public async Task View_carries_each_sources_retrieval_time_and_its_own()
    {
        Harness.Answers(Places.Hammersmith, Records.Found(Places.Hammersmith));

        var view = (await Harness.ViewAsync()).Value;

        Assert.That(view.RetrievedAt, Is.EqualTo(SocialCareHarness.Now));
        Assert.That(view.Sources.Single().RetrievedAt, Is.EqualTo(Records.RetrievedAt));
    }

    private static MosaicLookup Lookup(Answer answer, LocalAuthority authority) => answer switch
    {
        Answer.Found => Records.Found(authority),
        Answer.FoundWithUnreadableItems => Records.Found(authority, unreadableItems: 2),
        Answer.NotFound => Records.NotFound,
        Answer.NotShared => Records.NotShared,
        Answer.SeveralPersons => Records.SeveralPersons,
        _ => Records.Unavailable,
    };
}

using SocialCare.Application.AccessHistory;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Tests.AccessHistory;

/// <summary>What the patient reads in their access history: plain words for every value, never a code.</summary>
public class AccessHistoryWordsTests
{
    [Test]
    public void Every_place_has_words_of_its_own()
    {
        var words = Enum.GetValues<AuditSurface>().Select(AccessHistoryWords.Place).ToList();

        Assert.That(words, Is.Unique.And.None.Empty.And.None.Contains("social-care"));
    }

    [TestCase(AuditSurface.Record, "Social care in the PKB app")]
    [TestCase(AuditSurface.Page, "The Social care page")]
    [TestCase(AuditSurface.AccessHistory, "This list of who has looked")]
    public void Place_reads_as_where_the_patient_would_look(AuditSurface surface, string words) =>
        Assert.That(AccessHistoryWords.Place(surface), Is.EqualTo(words));

    [Test]
    public void Outcome_says_whether_information_was_shown()
    {
        Assert.That(AccessHistoryWords.Outcome(shown: true), Is.EqualTo("Information was shown"));
        Assert.That(AccessHistoryWords.Outcome(shown: false), Is.EqualTo("Nothing was shown"));
    }

    [TestCase(new ViewerRelationship[0], "Not connected to you in PKB")]
    [TestCase(new[] { ViewerRelationship.Self }, "Yourself")]
    [TestCase(new[] { ViewerRelationship.Carer }, "Your carer")]
    [TestCase(new[] { ViewerRelationship.TeamProfessional }, "A professional in your care team")]
    [TestCase(new[] { ViewerRelationship.IndividualProfessional }, "A professional you share your record with")]
    [TestCase(new[] { ViewerRelationship.Unknown }, "Another kind of connection in PKB")]
    [TestCase(new[] { ViewerRelationship.Carer, ViewerRelationship.TeamProfessional }, "Your carer and a professional in your care team")]
    [TestCase(
        new[] { ViewerRelationship.TeamProfessional, ViewerRelationship.Carer, ViewerRelationship.IndividualProfessional },
        "A professional in your care team, your carer and a professional you share your record with")]
    [TestCase(new[] { ViewerRelationship.Unknown, (ViewerRelationship)99 }, "Another kind of connection in PKB")]
    public void Relationship_reads_every_way_the_viewer_stood_to_the_patient(ViewerRelationship[] relationships, string words) =>
        Assert.That(AccessHistoryWords.Relationship(relationships), Is.EqualTo(words));

    [TestCase(new ViewerRelationship[0], "Someone")]
    [TestCase(new[] { ViewerRelationship.Self }, "You")]
    [TestCase(new[] { ViewerRelationship.TeamProfessional, ViewerRelationship.Carer }, "A carer")]
    [TestCase(new[] { ViewerRelationship.IndividualProfessional, ViewerRelationship.TeamProfessional }, "A professional in your care team")]
    [TestCase(new[] { ViewerRelationship.IndividualProfessional }, "A professional you share your record with")]
    [TestCase(new[] { (ViewerRelationship)99 }, "Someone connected to you in PKB")]
    public void Unnamed_viewer_is_named_by_the_closest_way_they_stood_to_the_patient(ViewerRelationship[] relationships, string who) =>
        Assert.That(AccessHistoryWords.Who(relationships), Is.EqualTo(who));
}

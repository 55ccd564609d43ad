using SocialCare.Domain.Viewers;

namespace SocialCare.Domain.Tests.Viewers;

public class GrantTests
{
    [Test]
    public void Grant_holds_the_labels_it_was_given()
    {
        var grant = new Grant(ViewerRelationship.Carer, [PrivacyLabel.SocialCare]);

        Assert.That(grant.Holds(PrivacyLabel.SocialCare), Is.True);
        Assert.That(grant.Holds(new PrivacyLabel("SOCIAL_CARE")), Is.True);
    }

    [TestCase("social_care")]
    [TestCase("SOCIAL CARE")]
    [TestCase("SOCIAL_CARE ")]
    [TestCase("Social care")]
    public void Labels_compare_exactly(string name) =>
        Assert.That(new Grant(ViewerRelationship.Carer, [new PrivacyLabel(name)]).Holds(PrivacyLabel.SocialCare), Is.False);

    [Test]
    public void An_unset_relationship_is_unknown() =>
        Assert.That(default(ViewerRelationship), Is.EqualTo(ViewerRelationship.Unknown));
}

using SocialCare.Domain.Viewers;

namespace SocialCare.Domain.Tests.Viewers;

public class ViewerIdTests
{
    [TestCase("demo-carer-with-label")]
    [TestCase("auth0|5f7c8ec7c33c6c004bbafe82")]
    [TestCase("user@example.org")]
    public void Token_subject_is_accepted_as_it_is(string value) =>
        Assert.That(ViewerId.Create(value).Value.Value, Is.EqualTo(value));

    [TestCase(null, ViewerIdProblem.Missing)]
    [TestCase("", ViewerIdProblem.Missing)]
    [TestCase("  ", ViewerIdProblem.Missing)]
    [TestCase("a\u0000b", ViewerIdProblem.ControlCharacter)]
    [TestCase("a\r\nb", ViewerIdProblem.ControlCharacter)]
    public void Missing_or_unprintable_subject_is_refused(string? value, string problem) =>
        Assert.That(ViewerId.Create(value).Problem, Is.EqualTo(problem));

    [Test]
    public void Overlong_subject_is_refused()
    {
        Assert.That(ViewerId.Create(new string('v', ViewerId.MaxLength)).IsValid, Is.True);
        Assert.That(ViewerId.Create(new string('v', ViewerId.MaxLength + 1)).Problem, Is.EqualTo(ViewerIdProblem.TooLong));
    }
}

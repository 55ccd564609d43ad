using SocialCare.Api.Answers;

namespace SocialCare.Api.Tests.Answers;

public class ErrorAnswersTests
{
    // Spec §2's table, written out.
    [TestCase("social-care.bad-request", 400)]
    [TestCase("social-care.unauthenticated", 401)]
    [TestCase("social-care.access-denied", 403)]
    [TestCase("social-care.not-in-pilot", 403)]
    [TestCase("social-care.not-shared", 403)]
    [TestCase("social-care.not-known", 404)]
    [TestCase("social-care.method-not-allowed", 405)]
    [TestCase("social-care.record-mismatch", 409)]
    [TestCase("social-care.no-nhs-number", 422)]
    [TestCase("social-care.invalid-nhs-number", 422)]
    [TestCase("social-care.rate-limited", 429)]
    [TestCase("social-care.internal-error", 500)]
    [TestCase("social-care.unavailable", 503)]
    public void Code_has_the_status_of_the_spec(string code, int status) =>
        Assert.That(ErrorAnswers.Status(code), Is.EqualTo(status));

    [Test]
    public void Warning_code_is_not_a_status() =>
        Assert.That(() => ErrorAnswers.Status("social-care.partial-record"), Throws.InstanceOf<ArgumentOutOfRangeException>());
}

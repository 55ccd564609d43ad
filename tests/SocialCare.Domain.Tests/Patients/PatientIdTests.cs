using SocialCare.Domain.Patients;

namespace SocialCare.Domain.Tests.Patients;

public class PatientIdTests
{
    [TestCase("demo-full")]
    [TestCase("a")]
    [TestCase("ABC_def-123")]
    [TestCase("0123456789012345678901234567890123456789012345678901234567890123", TestName = "64 characters")]
    public void Well_formed_id_is_accepted(string value)
    {
        var created = PatientId.Create(value);

        Assert.That(created.IsValid, Is.True, created.Problem);
        Assert.That(created.Value.Value, Is.EqualTo(value));
        Assert.That(created.Value.ToString(), Is.EqualTo(value));
    }

    [TestCase(null, PatientIdProblem.Missing)]
    [TestCase("", PatientIdProblem.Missing)]
    [TestCase("01234567890123456789012345678901234567890123456789012345678901234", PatientIdProblem.TooLong, TestName = "65 characters")]
    [TestCase(" ", PatientIdProblem.InvalidCharacter)]
    [TestCase("demo full", PatientIdProblem.InvalidCharacter)]
    [TestCase("demo/full", PatientIdProblem.InvalidCharacter)]
    [TestCase("..", PatientIdProblem.InvalidCharacter)]
    [TestCase("demo%2Ffull", PatientIdProblem.InvalidCharacter)]
    [TestCase("démo", PatientIdProblem.InvalidCharacter)]
    [TestCase("demo\n", PatientIdProblem.InvalidCharacter)]
    public void Malformed_id_is_refused(string? value, string problem) =>
        Assert.That(PatientId.Create(value).Problem, Is.EqualTo(problem));

    [Test]
    public void Ids_compare_exactly() =>
        Assert.That(PatientId.Create("demo-full").Value, Is.Not.EqualTo(PatientId.Create("DEMO-FULL").Value));
}

using SocialCare.Domain.Authorities;

namespace SocialCare.Domain.Tests.Authorities;

public class GssCodeTests
{
    [TestCase("E09000013")]
    [TestCase("E09000005")]
    [TestCase("W06000015")]
    [TestCase("S12000036")]
    public void Letter_and_eight_digits_is_a_gss_code(string value) =>
        Assert.That(GssCode.Create(value).Value.Value, Is.EqualTo(value));

    [TestCase(null)]
    [TestCase("")]
    [TestCase("e09000013")]
    [TestCase("E0900001")]
    [TestCase("E090000133")]
    [TestCase("09000013E")]
    [TestCase("E09 00013")]
    [TestCase("E0900001٣")]
    [TestCase("É09000013")]
    public void Anything_else_is_malformed(string? value) =>
        Assert.That(GssCode.Create(value).Problem, Is.EqualTo(GssCodeProblem.Malformed));
}

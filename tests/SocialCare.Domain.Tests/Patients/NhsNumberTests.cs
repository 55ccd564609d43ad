using SocialCare.Domain.Patients;

namespace SocialCare.Domain.Tests.Patients;

public class NhsNumberTests
{
    // Worked by hand from the algorithm: weights 10..2 over the first nine digits, check = 11 - (sum mod 11).
    // 943476591: 90+36+24+28+42+30+20+27+2 = 299; 299 mod 11 = 2; 11 - 2 = 9.
    [TestCase("9434765919", "9434765919", TestName = "Check digit 9 (the NHS's own example)")]
    [TestCase("9990000018", "9990000018", TestName = "Check digit 8")]
    [TestCase("9990000026", "9990000026", TestName = "Check digit 6")]
    // 999000005: 90+81+72+10 = 253; 253 mod 11 = 0; 11 - 0 = 11, which means 0. 999000019: 243+3+18 = 264, likewise.
    [TestCase("9990000050", "9990000050", TestName = "Check digit 11 means 0")]
    [TestCase("9990000190", "9990000190", TestName = "Check digit 11 means 0, another")]
    public void Valid_number_is_accepted_and_keeps_only_its_digits(string input, string digits)
    {
        var created = NhsNumber.Create(input);

        Assert.That(created.IsValid, Is.True, created.Problem);
        Assert.That(created.Value.ToDigits(), Is.EqualTo(digits));
    }

    [TestCase("9434765919")]
    [TestCase("943 476 5919")]
    [TestCase("943-476-5919")]
    [TestCase("943 476-5919")]
    [TestCase("  943 476 5919  ")]
    [TestCase("9434 765 919")]
    [TestCase("9-4-3-4-7-6-5-9-1-9")]
    public void Spaces_and_dashes_are_accepted_anywhere(string input)
    {
        var created = NhsNumber.Create(input);

        Assert.That(created.IsValid, Is.True, created.Problem);
        Assert.That(created.Value.ToDigits(), Is.EqualTo("9434765919"));
    }

    // 999000000: 90+81+72 = 243; 243 mod 11 = 1; 11 - 1 = 10, so no tenth digit makes these nine valid.
    [TestCase("9990000000")]
    [TestCase("9990000001")]
    [TestCase("9990000009")]
    // 999000014: 243+1*3+4*2 = 254; 254 mod 11 = 1; 11 - 1 = 10.
    [TestCase("9990000140")]
    public void Nine_digits_whose_check_digit_would_be_10_are_invalid(string input) =>
        Assert.That(NhsNumber.Create(input).Problem, Is.EqualTo(NhsNumberProblem.CheckDigit));

    [TestCase("9434765918")]
    [TestCase("9434765910")]
    [TestCase("9990000051")]
    [TestCase("4943765919")]
    public void Wrong_check_digit_is_invalid(string input) =>
        Assert.That(NhsNumber.Create(input).Problem, Is.EqualTo(NhsNumberProblem.CheckDigit));

    [TestCase("943476591")]
    [TestCase("94347659190")]
    [TestCase("1")]
    [TestCase("943 476 591")]
    [TestCase("---")]
    [TestCase("99900000501234567890")]
    public void Wrong_length_is_invalid(string input) =>
        Assert.That(NhsNumber.Create(input).Problem, Is.EqualTo(NhsNumberProblem.WrongLength));

    [TestCase("943476591A")]
    [TestCase("ABCDEFGHIJ")]
    [TestCase("943.476.5919")]
    [TestCase("943_476_5919")]
    [TestCase("943\t476\t5919")]
    [TestCase("+449434765919")]
    [TestCase("٩٤٣٤٧٦٥٩١٩", TestName = "Arabic-Indic digits are not digits here")]
    [TestCase("９４３４７６５９１９", TestName = "Full-width digits are not digits here")]
    [TestCase("943 476 591９", TestName = "One full-width digit among ASCII ones")]
    public void Anything_but_ascii_digits_spaces_and_dashes_is_invalid(string input) =>
        Assert.That(NhsNumber.Create(input).Problem, Is.EqualTo(NhsNumberProblem.NotDigits));

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" ")]
    [TestCase("   \t\n ")]
    public void Nothing_recorded_is_missing(string? input) =>
        Assert.That(NhsNumber.Create(input).Problem, Is.EqualTo(NhsNumberProblem.Missing));

    [Test]
    public void Invalid_result_has_no_value_and_does_not_repeat_the_input()
    {
        var created = NhsNumber.Create("9434765918");

        Assert.That(created.IsValid, Is.False);
        Assert.That(() => created.Value, Throws.InvalidOperationException.With.Message.Not.Contains("9434765918"));
        Assert.That(created.ToString(), Does.Not.Contain("9434765918"));
    }

    [Test]
    public void ToString_is_masked() =>
        Assert.That(Valid("943 476 5919").ToString(), Is.EqualTo("*** *** 5919"));

    [Test]
    public void Formatting_is_an_explicit_call() =>
        Assert.That(Valid("9434765919").ToFormattedString(), Is.EqualTo("943 476 5919"));

    [Test]
    public void Interpolation_and_composite_formatting_print_it_masked()
    {
        var number = Valid("9434765919");

        Assert.That($"{number}", Is.EqualTo("*** *** 5919"));
        Assert.That(string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", number), Is.EqualTo("*** *** 5919"));
    }

    [Test]
    public void A_record_that_contains_one_prints_it_masked()
    {
        var holder = new Holder(Valid("9434765919"));

        Assert.That(holder.ToString(), Does.Contain("*** *** 5919").And.Not.Contain("9434765919").And.Not.Contain("943 476"));
    }

    [Test]
    public void An_exception_message_that_includes_one_prints_it_masked()
    {
        var exception = new InvalidOperationException($"Lookup failed for {Valid("9434765919")}");

        Assert.That(exception.ToString(), Does.Not.Contain("9434765919"));
    }

    [Test]
    public void Numbers_with_the_same_digits_are_equal_however_they_were_written()
    {
        Assert.That(Valid("943 476 5919"), Is.EqualTo(Valid("943-476-5919")));
        Assert.That(Valid("943 476 5919").GetHashCode(), Is.EqualTo(Valid("9434765919").GetHashCode()));
        Assert.That(Valid("9434765919"), Is.Not.EqualTo(Valid("9990000018")));
    }

    private static NhsNumber Valid(string input) => NhsNumber.Create(input).Value;

    private sealed record Holder(NhsNumber NhsNumber);
}

namespace SocialCare.Domain.Patients;

/// <summary>
/// A ten-digit NHS number that passed the Modulus 11 check. It prints masked (<c>*** *** 5919</c>) so that a log
/// template, an exception or a record that contains one leaks nothing; the digits come out only through
/// <see cref="ToDigits"/> and <see cref="ToFormattedString"/>, calls that say what they do.
/// </summary>
public sealed record NhsNumber
{
    private const int Length = 10;

    // A field, not a property: serializers and record printers never see it.
    private readonly string _digits;

    private NhsNumber(string digits) => _digits = digits;

    /// <summary>Accepts ten ASCII digits, with spaces or dashes anywhere between them.</summary>
    public static DomainResult<NhsNumber> Create(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new(NhsNumberProblem.Missing);
        }

        Span<char> digits = stackalloc char[Length];
        var count = 0;
        foreach (var character in value)
        {
            if (character is ' ' or '-')
            {
                continue;
            }

            // char.IsDigit would let Arabic-Indic or full-width digits through.
            if (!char.IsAsciiDigit(character))
            {
                return new(NhsNumberProblem.NotDigits);
            }

            if (count == Length)
            {
                return new(NhsNumberProblem.WrongLength);
            }

            digits[count++] = character;
        }

        if (count != Length)
        {
            return new(NhsNumberProblem.WrongLength);
        }

        return HasValidCheckDigit(digits)
            ? new(new NhsNumber(new string(digits)))
            : new(NhsNumberProblem.CheckDigit);
    }

    /// <summary>The ten digits, for the one place that must send them: the request to Mosaic.</summary>
    public string ToDigits() => _digits;

    /// <summary>The number as people read it, <c>943 476 5919</c>.</summary>
    public string ToFormattedString() => $"{_digits[..3]} {_digits[3..6]} {_digits[6..]}";

    /// <summary>Masked, <c>*** *** 5919</c>, so that a number written by mistake into a log or a message shows only its last four digits.</summary>
    public override string ToString() => $"*** *** {_digits[6..]}";

    // Modulus 11: weights 10 down to 2 over the first nine digits; the check digit is 11 minus the remainder,
    // where 11 means 0 and 10 means no valid number has these nine digits.
    private static bool HasValidCheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            sum += (digits[i] - '0') * (Length - i);
        }

        var check = 11 - (sum % 11);
        if (check == 10)
        {
            return false;
        }

        return digits[Length - 1] - '0' == check % 11;
    }
}

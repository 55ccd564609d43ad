namespace SocialCare.Domain.Patients;

/// <summary>The stable codes of the rules an NHS number can break.</summary>
public static class NhsNumberProblem
{
    /// <summary>The host has no NHS number for the patient.</summary>
    public const string Missing = "nhs-number.missing";
    /// <summary>Not ten digits once spaces are removed.</summary>
    public const string WrongLength = "nhs-number.wrong-length";
    /// <summary>A character other than a digit or a space.</summary>
    public const string NotDigits = "nhs-number.not-digits";
    /// <summary>Ten digits whose modulus-11 check digit is wrong.</summary>
    public const string CheckDigit = "nhs-number.check-digit";
}

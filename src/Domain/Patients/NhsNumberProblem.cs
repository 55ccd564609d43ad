namespace SocialCare.Domain.Patients;

/// <summary>The stable codes of the rules an NHS number can break.</summary>
public static class NhsNumberProblem
{
    public const string Missing = "nhs-number.missing";
    public const string WrongLength = "nhs-number.wrong-length";
    public const string NotDigits = "nhs-number.not-digits";
    public const string CheckDigit = "nhs-number.check-digit";
}

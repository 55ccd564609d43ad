namespace SocialCare.Domain.Patients;

/// <summary>The stable codes of the rules a patient id can break.</summary>
public static class PatientIdProblem
{
    public const string Missing = "patient-id.missing";
    public const string TooLong = "patient-id.too-long";
    public const string InvalidCharacter = "patient-id.invalid-character";
}

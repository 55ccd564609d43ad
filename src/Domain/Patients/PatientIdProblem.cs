namespace SocialCare.Domain.Patients;

/// <summary>The stable codes of the rules a patient id can break.</summary>
public static class PatientIdProblem
{
    /// <summary>No id, or an empty one.</summary>
    public const string Missing = "patient-id.missing";
    /// <summary>Longer than <see cref="PatientId.MaxLength"/>.</summary>
    public const string TooLong = "patient-id.too-long";
    /// <summary>A character outside <c>A-Z a-z 0-9 - _</c>.</summary>
    public const string InvalidCharacter = "patient-id.invalid-character";
}

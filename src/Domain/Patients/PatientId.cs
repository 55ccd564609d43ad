namespace SocialCare.Domain.Patients;

/// <summary>PKB's id of a patient: 1 to 64 characters of <c>A-Z a-z 0-9 - _</c> (spec §1 step 1).</summary>
public sealed record PatientId
{
    /// <summary>The longest patient id accepted.</summary>
    public const int MaxLength = 64;

    private PatientId(string value) => Value = value;

    /// <summary>The id as PKB gave it.</summary>
    public string Value { get; }

    /// <summary>Reads a patient id, or the <see cref="PatientIdProblem"/> code of the rule it breaks.</summary>
    public static DomainResult<PatientId> Create(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return new(PatientIdProblem.Missing);
        }

        if (value.Length > MaxLength)
        {
            return new(PatientIdProblem.TooLong);
        }

        foreach (var character in value)
        {
            if (!char.IsAsciiLetterOrDigit(character) && character is not ('-' or '_'))
            {
                return new(PatientIdProblem.InvalidCharacter);
            }
        }

        return new(new PatientId(value));
    }

    /// <summary>The id: an opaque PKB id, kept out of logs and telemetry by their callers (spec §8).</summary>
    public override string ToString() => Value;
}

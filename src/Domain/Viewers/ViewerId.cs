namespace SocialCare.Domain.Viewers;

/// <summary>
/// The authenticated person asking to see a record: the subject of their token, opaque to this library.
/// What the viewer may see comes only from the host's directory, never from comparing this id with a patient id.
/// </summary>
public sealed record ViewerId
{
    /// <summary>The longest viewer id accepted.</summary>
    public const int MaxLength = 256;

    private ViewerId(string value) => Value = value;

    /// <summary>The id as the host's authentication gave it.</summary>
    public string Value { get; }

    /// <summary>Reads a viewer id, or the <see cref="ViewerIdProblem"/> code of the rule it breaks.</summary>
    public static DomainResult<ViewerId> Create(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new(ViewerIdProblem.Missing);
        }

        if (value.Length > MaxLength)
        {
            return new(ViewerIdProblem.TooLong);
        }

        return value.Any(char.IsControl) ? new(ViewerIdProblem.ControlCharacter) : new(new ViewerId(value));
    }

    /// <summary>The id: kept out of logs and telemetry by their callers (spec §8).</summary>
    public override string ToString() => Value;
}

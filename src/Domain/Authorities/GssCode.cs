namespace SocialCare.Domain.Authorities;

/// <summary>
/// The Government Statistical Service code of a local authority: a capital letter and eight digits, such as
/// <c>E09000013</c> for Hammersmith and Fulham.
/// </summary>
public sealed record GssCode
{
    private const int Length = 9;

    private GssCode(string value) => Value = value;

    /// <summary>The code, such as <c>E09000013</c>.</summary>
    public string Value { get; }

    /// <summary>Reads a GSS code; <see cref="GssCodeProblem.Malformed"/> unless it is a capital letter and eight digits.</summary>
    public static DomainResult<GssCode> Create(string? value)
    {
        if (value is not { Length: Length } || !char.IsAsciiLetterUpper(value[0]) || value.AsSpan(1).ContainsAnyExceptInRange('0', '9'))
        {
            return new(GssCodeProblem.Malformed);
        }

        return new(new GssCode(value));
    }

    /// <summary>The code itself: a GSS code is public, not personal.</summary>
    public override string ToString() => Value;
}

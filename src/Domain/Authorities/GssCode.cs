namespace SocialCare.Domain.Authorities;

/// <summary>
/// The Government Statistical Service code of a local authority: a capital letter and eight digits, such as
/// <c>E09000013</c> for Hammersmith and Fulham.
/// </summary>
public sealed record GssCode
{
    private const int Length = 9;

    private GssCode(string value) => Value = value;

    public string Value { get; }

    public static DomainResult<GssCode> Create(string? value)
    {
        if (value is not { Length: Length } || !char.IsAsciiLetterUpper(value[0]) || value.AsSpan(1).ContainsAnyExceptInRange('0', '9'))
        {
            return new(GssCodeProblem.Malformed);
        }

        return new(new GssCode(value));
    }

    public override string ToString() => Value;
}

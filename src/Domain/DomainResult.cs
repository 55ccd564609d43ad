namespace SocialCare.Domain;

/// <summary>
/// The outcome of creating a value object: the value, or the stable code of the rule the input broke.
/// It never carries the rejected input, so it is safe to log.
/// </summary>
public sealed class DomainResult<T>
    where T : class
{
    private readonly T? _value;

    internal DomainResult(T value) => _value = value;

    internal DomainResult(string problem) => Problem = problem;

    /// <summary>Whether the input made a value (then <see cref="Value"/> holds it).</summary>
    public bool IsValid => Problem is null;

    /// <summary>The broken rule's code, such as <c>nhs-number.check-digit</c>; null when valid.</summary>
    public string? Problem { get; }

    /// <summary>The value; throws when the input broke a rule, which is a bug in the caller (check <see cref="IsValid"/> first).</summary>
    public T Value => _value ?? throw new InvalidOperationException($"There is no value: {Problem}.");

    /// <summary><c>Valid(…)</c> with the value's own safe text, or <c>Invalid(code)</c>.</summary>
    public override string ToString() => IsValid ? $"Valid({_value})" : $"Invalid({Problem})";
}

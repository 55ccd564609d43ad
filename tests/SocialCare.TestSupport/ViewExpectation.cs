namespace SocialCare.TestSupport;

/// <summary>
/// What spec §6 says a view answers: its status and, for a failure, its code; for a 200 how many sources it has,
/// the codes of its warnings in order, and when it matters how many case notes its one source lists.
/// </summary>
public sealed record ViewExpectation(int Status, string? Code, int Sources = 0, IReadOnlyList<string>? Warnings = null, int? CaseNotes = null)
{
    public override string ToString() => Code is null ? $"{Status} with {Sources} source(s)" : $"{Status} {Code}";
}

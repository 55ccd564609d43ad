namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// A view's answer reduced to what the test compares exactly: its status, the problem's code, and for a 200 how many
/// sources and which warning codes, and each source (authority and how many items of each list) and each warning
/// (code and authority), in the order given. Every member is a value, so two equal answers are equal records.
/// </summary>
internal sealed record ViewOutcome(int Status, string? Code, int Sources = 0, string WarningCodes = "", string Data = "")
{
    public static ViewOutcome Problem(int status, string code) => new(status, code);

    public static ViewOutcome Shown(IReadOnlyList<(string Authority, ListCounts Lists)> sources, IReadOnlyList<(string Code, string Authority)> warnings) =>
        new(
            200,
            null,
            sources.Count,
            string.Join(",", warnings.Select(w => w.Code)),
            $"sources [{string.Join(", ", sources.Select(s => $"{s.Authority} {s.Lists}"))}] warnings [{string.Join(", ", warnings.Select(w => $"{w.Code}@{w.Authority}"))}]");

    public override string ToString() => Code is null ? $"{Status} {Data}" : $"{Status} {Code}";
}

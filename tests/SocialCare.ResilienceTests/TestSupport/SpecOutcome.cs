namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>A row cell of spec §6: status and code, or for a 200 how many sources and which warning codes.</summary>
internal sealed record SpecOutcome(int Status, string? Code, int Sources = 0, string WarningCodes = "")
{
    public override string ToString() => Code is null ? $"{Status} with {Sources} source(s) [{WarningCodes}]" : $"{Status} {Code}";
}

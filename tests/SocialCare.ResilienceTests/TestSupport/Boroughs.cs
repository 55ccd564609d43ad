namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>The GSS codes and names of the eight North West London boroughs, in the order of their configuration file.</summary>
internal static class Boroughs
{
    public const string Brent = "E09000005";
    public const string Ealing = "E09000009";
    public const string Hammersmith = "E09000013";
    public const string Harrow = "E09000015";
    public const string Hillingdon = "E09000017";
    public const string Hounslow = "E09000018";
    public const string Kensington = "E09000020";
    public const string Westminster = "E09000033";

    /// <summary>Code and name, at the index the configuration file gives each (its <c>LocalAuthorities:{n}</c>).</summary>
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
    [
        (Brent, "Brent"), (Ealing, "Ealing"), (Hammersmith, "Hammersmith and Fulham"), (Harrow, "Harrow"),
        (Hillingdon, "Hillingdon"), (Hounslow, "Hounslow"), (Kensington, "Kensington and Chelsea"), (Westminster, "Westminster"),
    ];

    public static string Name(string code) => All.Single(b => b.Code == code).Name;
}

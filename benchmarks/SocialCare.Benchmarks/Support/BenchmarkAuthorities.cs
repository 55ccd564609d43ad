namespace SocialCare.Benchmarks.Support;

/// <summary>The eight North West London boroughs of <c>socialcare.north-west-london.json</c>, by GSS code.</summary>
public static class BenchmarkAuthorities
{
    public const string RegionId = "north-west-london";
    public const string Brent = "E09000005";
    public const string Ealing = "E09000009";
    public const string Hammersmith = "E09000013";
    public const string Kensington = "E09000020";

    public static IReadOnlyList<string> NorthWestLondon { get; } =
        [Brent, Ealing, Hammersmith, "E09000015", "E09000017", "E09000018", Kensington, "E09000033"];
}

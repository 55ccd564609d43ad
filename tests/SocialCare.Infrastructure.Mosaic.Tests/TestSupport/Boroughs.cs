using SocialCare.Domain.Authorities;

namespace SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

/// <summary>The councils of the sandbox's seed, as the gateway is given them.</summary>
internal static class Boroughs
{
    public static readonly LocalAuthority Brent = Authority("E09000005", "Brent");
    public static readonly LocalAuthority Ealing = Authority("E09000009", "Ealing");
    public static readonly LocalAuthority Hammersmith = Authority("E09000013", "Hammersmith and Fulham");
    public static readonly LocalAuthority Harrow = Authority("E09000015", "Harrow");
    public static readonly LocalAuthority Hillingdon = Authority("E09000017", "Hillingdon");
    public static readonly LocalAuthority Hounslow = Authority("E09000018", "Hounslow");
    public static readonly LocalAuthority Kensington = Authority("E09000020", "Kensington and Chelsea");
    public static readonly LocalAuthority Westminster = Authority("E09000033", "Westminster");

    /// <summary>A council no seed person belongs to, for people a test seeds itself.</summary>
    public static readonly LocalAuthority Spare = Authority("E09000001", "City of London");

    public static IReadOnlyList<LocalAuthority> All { get; } = [Brent, Ealing, Hammersmith, Harrow, Hillingdon, Hounslow, Kensington, Westminster, Spare];

    private static LocalAuthority Authority(string code, string name) => new(GssCode.Create(code).Value, name, "north-west-london");
}

using SocialCare.Domain.Authorities;

namespace SocialCare.Application.Tests.TestSupport;

/// <summary>The regions and authorities every test configures: enough to exercise each pilot rule.</summary>
internal static class Places
{
    public const string NorthWestLondon = "north-west-london";
    public const string GreaterManchester = "greater-manchester";
    public const string SouthEast = "south-east"; // configured, switched off

    public static readonly LocalAuthority Hammersmith = Authority("E09000013", "Hammersmith and Fulham", NorthWestLondon);
    public static readonly LocalAuthority Ealing = Authority("E09000009", "Ealing", NorthWestLondon);
    public static readonly LocalAuthority Brent = Authority("E09000005", "Brent", NorthWestLondon); // switched off
    public static readonly LocalAuthority Manchester = Authority("E08000003", "Manchester", GreaterManchester);
    public static readonly LocalAuthority Surrey = Authority("E10000030", "Surrey", SouthEast); // on, in a region that is off

    public static readonly LocalAuthority[] All = [Hammersmith, Ealing, Brent, Manchester, Surrey];

    public static Dictionary<string, string?> Settings() => new()
    {
        ["SocialCare:Deadline"] = "00:00:03",
        ["SocialCare:SupportUrl"] = "https://support.example.org/social-care",
        ["SocialCare:Regions:0:Id"] = NorthWestLondon,
        ["SocialCare:Regions:0:Name"] = "North West London",
        ["SocialCare:Regions:0:Enabled"] = "true",
        ["SocialCare:Regions:1:Id"] = GreaterManchester,
        ["SocialCare:Regions:1:Name"] = "Greater Manchester",
        ["SocialCare:Regions:1:Enabled"] = "true",
        ["SocialCare:Regions:2:Id"] = SouthEast,
        ["SocialCare:Regions:2:Name"] = "South East",
        ["SocialCare:Regions:2:Enabled"] = "false",
        ["SocialCare:LocalAuthorities:0:Code"] = Hammersmith.Code.Value,
        ["SocialCare:LocalAuthorities:0:Name"] = Hammersmith.Name,
        ["SocialCare:LocalAuthorities:0:Region"] = NorthWestLondon,
        ["SocialCare:LocalAuthorities:0:Enabled"] = "true",
        ["SocialCare:LocalAuthorities:1:Code"] = Ealing.Code.Value,
        ["SocialCare:LocalAuthorities:1:Name"] = Ealing.Name,
        ["SocialCare:LocalAuthorities:1:Region"] = NorthWestLondon,
        ["SocialCare:LocalAuthorities:1:Enabled"] = "true",
        ["SocialCare:LocalAuthorities:2:Code"] = Brent.Code.Value,
        ["SocialCare:LocalAuthorities:2:Name"] = Brent.Name,
        ["SocialCare:LocalAuthorities:2:Region"] = NorthWestLondon,
        ["SocialCare:LocalAuthorities:2:Enabled"] = "false",
        ["SocialCare:LocalAuthorities:3:Code"] = Manchester.Code.Value,
        ["SocialCare:LocalAuthorities:3:Name"] = Manchester.Name,
        ["SocialCare:LocalAuthorities:3:Region"] = GreaterManchester,
        ["SocialCare:LocalAuthorities:3:Enabled"] = "true",
        ["SocialCare:LocalAuthorities:4:Code"] = Surrey.Code.Value,
        ["SocialCare:LocalAuthorities:4:Name"] = Surrey.Name,
        ["SocialCare:LocalAuthorities:4:Region"] = SouthEast,
        ["SocialCare:LocalAuthorities:4:Enabled"] = "true",
    };

    private static LocalAuthority Authority(string code, string name, string region) => new(GssCode.Create(code).Value, name, region);
}

namespace SocialCare.Application.Configuration;

/// <summary>One entry of <c>SocialCare:Regions</c>.</summary>
public sealed class RegionOptions
{
    /// <summary>The region's id, which the host's <c>PatientTeam.RegionId</c> carries, such as <c>north-west-london</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>The region's name as people read it.</summary>
    public string Name { get; set; } = "";

    /// <summary>Whether patients linked to a team in the region are in the pilot; off by default.</summary>
    public bool Enabled { get; set; }
}

namespace SocialCare.Mosaic.Sandbox.Seed;

/// <summary>A team a demo patient belongs to, and the region that team is in.</summary>
public sealed record SeedTeam
{
    /// <summary>The team's id in the host's directory.</summary>
    public string TeamId { get; init; } = "";

    /// <summary>The region id, e.g. <c>north-west-london</c>.</summary>
    public string RegionId { get; init; } = "";
}

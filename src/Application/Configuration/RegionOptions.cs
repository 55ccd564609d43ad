namespace SocialCare.Application.Configuration;

/// <summary>One entry of <c>SocialCare:Regions</c>.</summary>
public sealed class RegionOptions
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public bool Enabled { get; set; }
}

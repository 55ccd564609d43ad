namespace SocialCare.Application.Configuration;

/// <summary>The keys of configuration section <c>SocialCare</c> that the use cases read (spec §5).</summary>
public sealed class SocialCareOptions
{
    /// <summary>The configuration section: <c>SocialCare</c>.</summary>
    public const string SectionName = "SocialCare";

    /// <summary>The whole view's budget: the directory and every authority asked, together.</summary>
    public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary><c>SocialCare:Regions</c>: the regions, enabled or not.</summary>
    public IList<RegionOptions> Regions { get; } = [];

    /// <summary><c>SocialCare:LocalAuthorities</c>: the local authorities, enabled or not.</summary>
    public IList<LocalAuthorityOptions> LocalAuthorities { get; } = [];

    /// <summary>Where messages that suggest contacting support send people; optional.</summary>
    public Uri? SupportUrl { get; set; }
}

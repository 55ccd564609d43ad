namespace SocialCare.Application.Configuration;

/// <summary>The keys of configuration section <c>SocialCare</c> that the use cases read (spec §5).</summary>
public sealed class SocialCareOptions
{
    public const string SectionName = "SocialCare";

    /// <summary>The whole view's budget: the directory and every authority asked, together.</summary>
    public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(3);

    public IList<RegionOptions> Regions { get; } = [];

    public IList<LocalAuthorityOptions> LocalAuthorities { get; } = [];

    /// <summary>Where messages that suggest contacting support send people; optional.</summary>
    public Uri? SupportUrl { get; set; }
}

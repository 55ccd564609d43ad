namespace SocialCare.Infrastructure.Mosaic.Health;

/// <summary>
/// Names for a host's health routes. Not on <c>DependencyInjection</c>: every SocialCare layer has a class of that
/// full name, so a host that references them all could not name a constant on it (CS0433).
/// </summary>
public static class MosaicHealthChecks
{
    /// <summary>The only tag of the opt-in Mosaic health checks, for a host's own route's predicate.</summary>
    public const string Tag = "social-care-mosaic";
}

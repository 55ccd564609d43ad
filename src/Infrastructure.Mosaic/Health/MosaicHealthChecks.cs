namespace SocialCare.Infrastructure.Mosaic.Health;

/// <summary>Names for a host's health routes.</summary>
public static class MosaicHealthChecks
{
    /// <summary>The only tag of the opt-in Mosaic health checks, for a host's own route's predicate.</summary>
    public const string Tag = "social-care-mosaic";
}

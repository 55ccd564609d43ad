namespace SocialCare.Mosaic.Conformance;

/// <summary>A care package's (service agreement's) status. Active and ended are shown.</summary>
public enum ConformanceCarePackageStatus
{
    Proposed,
    Active,
    Ended,
    Cancelled,
}

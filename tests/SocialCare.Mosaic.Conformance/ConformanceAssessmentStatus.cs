namespace SocialCare.Mosaic.Conformance;

/// <summary>The status of an assessment's workflow step. Only completed is shown.</summary>
public enum ConformanceAssessmentStatus
{
    Incoming,
    InProgress,
    Completed,
    Reopened,
}

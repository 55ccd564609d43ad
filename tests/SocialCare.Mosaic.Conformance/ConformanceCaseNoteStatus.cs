namespace SocialCare.Mosaic.Conformance;

/// <summary>A case note's status. Only complete is shown.</summary>
public enum ConformanceCaseNoteStatus
{
    Draft,
    Complete,
    TimedOut,
    Deleted,
}

namespace SocialCare.Mosaic.Conformance;

/// <summary>How a worker is attached to the person. Only the first three are shown.</summary>
public enum ConformanceWorkerRelationshipType
{
    AllocatedWorker,
    KeyWorker,
    SocialWorker,

    /// <summary>Any other relationship type your Mosaic has (a GP, an advocate…): not shown, and not unreadable either.</summary>
    Other,
}

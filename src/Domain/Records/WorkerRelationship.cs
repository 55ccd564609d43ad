namespace SocialCare.Domain.Records;

/// <summary>How a worker is attached to a person in Mosaic, in the order the page lists them.</summary>
public enum WorkerRelationship
{
    /// <summary>The worker allocated to the person's case.</summary>
    AllocatedWorker,
    /// <summary>The person's key worker.</summary>
    KeyWorker,
    /// <summary>A social worker of the person.</summary>
    SocialWorker,
}

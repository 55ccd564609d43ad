namespace SocialCare.Domain.Records;

/// <summary>How a worker is attached to a person in Mosaic, in the order the page lists them.</summary>
public enum WorkerRelationship
{
    AllocatedWorker,
    KeyWorker,
    SocialWorker,
}

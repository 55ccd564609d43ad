namespace SocialCare.Domain.Records;

/// <summary>A worker currently attached to the person, and how to reach them.</summary>
public sealed record SocialWorker(string Name, string? Team, string? Telephone, WorkerRelationship Relationship);

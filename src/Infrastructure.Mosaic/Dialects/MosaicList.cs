namespace SocialCare.Infrastructure.Mosaic.Dialects;

/// <summary>The five lists of a person's record that the library reads, concurrently, once the person is found.</summary>
public enum MosaicList
{
    WorkerRelationships,
    CarePackages,
    Assessments,
    CaseNotes,
    CommunicationNeeds,
}

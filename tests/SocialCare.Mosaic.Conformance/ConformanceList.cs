namespace SocialCare.Mosaic.Conformance;

/// <summary>The five lists of a person's record.</summary>
public enum ConformanceList
{
    WorkerRelationships,
    CarePackages,
    Assessments,
    CaseNotes,
    CommunicationNeeds,
}

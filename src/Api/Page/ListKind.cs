namespace SocialCare.Api.Page;

/// <summary>The five parts of a record, each a list the page may show in full.</summary>
internal enum ListKind
{
    SocialWorkers,
    CarePackages,
    Assessments,
    CaseNotes,
    CommunicationNeeds,
}

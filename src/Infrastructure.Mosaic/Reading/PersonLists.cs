using SocialCare.Infrastructure.Mosaic.Contract;

namespace SocialCare.Infrastructure.Mosaic.Reading;

/// <summary>Everything read from one person's five lists, before the rules of what is shown.</summary>
internal sealed record PersonLists(
    ItemList<WorkerRelationshipDto> WorkerRelationships,
    ItemList<ServiceAgreementDto> ServiceAgreements,
    ItemList<AssessmentDto> Assessments,
    ItemList<CaseNoteDto> CaseNotes,
    ItemList<CommunicationNeedDto> CommunicationNeeds);

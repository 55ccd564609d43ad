using SocialCare.Domain.Records;

namespace SocialCare.Infrastructure.Mosaic.Reading;

/// <summary>Everything read from one person's five lists, before duplicates and unreadable items are settled.</summary>
internal sealed record PersonLists(
    ReadList<SocialWorker> WorkerRelationships,
    ReadList<CarePackage> ServiceAgreements,
    ReadList<AssessmentSummary> Assessments,
    ReadList<CaseNoteMeta> CaseNotes,
    ReadList<CommunicationNeed> CommunicationNeeds);

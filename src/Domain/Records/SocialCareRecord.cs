using SocialCare.Domain.Authorities;

namespace SocialCare.Domain.Records;

/// <summary>What one local authority's Mosaic holds about a person that may be shown, as retrieved at one instant.</summary>
public sealed record SocialCareRecord(
    LocalAuthority LocalAuthority,
    DateTimeOffset RetrievedAt,
    IReadOnlyList<SocialWorker> SocialWorkers,
    IReadOnlyList<CarePackage> CarePackages,
    IReadOnlyList<AssessmentSummary> Assessments,
    IReadOnlyList<CaseNoteMeta> CaseNotes,
    IReadOnlyList<CommunicationNeed> CommunicationNeeds);

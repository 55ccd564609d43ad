namespace SocialCare.Api.Contracts;

/// <summary>What one local authority's Mosaic holds that may be shown, filtered and ordered.</summary>
public sealed record SourceResponse(
    LocalAuthorityResponse LocalAuthority,
    DateTimeOffset RetrievedAt,
    IReadOnlyList<SocialWorkerResponse> SocialWorkers,
    IReadOnlyList<CarePackageResponse> CarePackages,
    IReadOnlyList<AssessmentResponse> Assessments,
    IReadOnlyList<CaseNoteResponse> CaseNotes,
    IReadOnlyList<CommunicationNeedResponse> CommunicationNeeds);

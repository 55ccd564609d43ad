using SocialCare.Domain.Records;

namespace SocialCare.Mosaic.Conformance;

/// <summary>What a scenario expects the adapter to show; the order of items within a list does not matter.</summary>
internal sealed record ExpectedRecord(
    IReadOnlyList<SocialWorker> SocialWorkers,
    IReadOnlyList<CarePackage> CarePackages,
    IReadOnlyList<AssessmentSummary> Assessments,
    IReadOnlyList<CaseNoteMeta> CaseNotes,
    IReadOnlyList<CommunicationNeed> CommunicationNeeds)
{
    public static ExpectedRecord Empty { get; } = new([], [], [], [], []);
}

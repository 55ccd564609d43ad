using SocialCare.Domain.Records;
using SocialCare.Infrastructure.Mosaic.Contract;

namespace SocialCare.Infrastructure.Mosaic.Reading;

/// <summary>
/// Spec §4 and docs/mosaic-contract.md ("What is shown") for the standard contract's items: what may be shown, what
/// is hidden, and what cannot be read (unknown status, a value needed to show the item missing).
/// </summary>
internal static class StandardContractItems
{
    public static Verdict<SocialWorker> Worker(WorkerRelationshipDto item, DateOnly today)
    {
        if (ShownRelationship(item.Type) is not { } relationship)
        {
            return Verdict<SocialWorker>.Hidden;
        }

        if (item.StartDate is not { } start)
        {
            return Verdict<SocialWorker>.Unreadable;
        }

        if (start > today || item.EndDate < today)
        {
            return Verdict<SocialWorker>.Hidden;
        }

        return string.IsNullOrWhiteSpace(item.WorkerName)
            ? Verdict<SocialWorker>.Unreadable
            : Verdict<SocialWorker>.Show(MosaicRecordMapper.ToSocialWorker(item, relationship));
    }

    public static Verdict<CarePackage> CarePackage(ServiceAgreementDto item) => item.Status switch
    {
        null => Verdict<CarePackage>.Unreadable,
        ServiceAgreementStatus.Proposed or ServiceAgreementStatus.Cancelled => Verdict<CarePackage>.Hidden,
        _ when item.StartDate is null => Verdict<CarePackage>.Unreadable,
        _ => Verdict<CarePackage>.Show(MosaicRecordMapper.ToCarePackage(item)),
    };

    public static Verdict<AssessmentSummary> Assessment(AssessmentDto item) => item.Status switch
    {
        null => Verdict<AssessmentSummary>.Unreadable,
        not AssessmentStatus.Completed => Verdict<AssessmentSummary>.Hidden,
        _ when item.CompletedDate is null || string.IsNullOrWhiteSpace(item.Name) => Verdict<AssessmentSummary>.Unreadable,
        _ => Verdict<AssessmentSummary>.Show(MosaicRecordMapper.ToAssessment(item)),
    };

    public static Verdict<CaseNoteMeta> CaseNote(CaseNoteDto item) => item.Status switch
    {
        null => Verdict<CaseNoteMeta>.Unreadable,
        not CaseNoteStatus.Complete => Verdict<CaseNoteMeta>.Hidden,
        _ when item.CompletedDate is null || item.EffectiveDate is null => Verdict<CaseNoteMeta>.Unreadable,
        _ => Verdict<CaseNoteMeta>.Show(MosaicRecordMapper.ToCaseNote(item)),
    };

    public static Verdict<CommunicationNeed> Need(CommunicationNeedDto item, DateOnly today)
    {
        if (item.Category is null || string.IsNullOrWhiteSpace(item.Description))
        {
            return Verdict<CommunicationNeed>.Unreadable;
        }

        return item.EndDate < today
            ? Verdict<CommunicationNeed>.Hidden
            : Verdict<CommunicationNeed>.Show(MosaicRecordMapper.ToCommunicationNeed(item));
    }

    private static WorkerRelationship? ShownRelationship(string? type) => type?.ToUpperInvariant() switch
    {
        "ALLOCATED-WORKER" => WorkerRelationship.AllocatedWorker,
        "KEY-WORKER" => WorkerRelationship.KeyWorker,
        "SOCIAL-WORKER" => WorkerRelationship.SocialWorker,
        _ => null,
    };
}

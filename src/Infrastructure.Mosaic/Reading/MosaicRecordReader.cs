using SocialCare.Domain.Authorities;
using SocialCare.Domain.Records;
using SocialCare.Infrastructure.Mosaic.Contract;

namespace SocialCare.Infrastructure.Mosaic.Reading;

/// <summary>
/// Spec §4 and docs/mosaic-contract.md ("What is shown"): keeps the items that may be shown, counts those that
/// cannot be read (missing id, unknown status, a value needed to show them missing), and shows a repeated id once.
/// </summary>
internal static class MosaicRecordReader
{
    public static (SocialCareRecord Record, int Unreadable) Read(
        PersonLists lists, LocalAuthority authority, DateOnly today, DateTimeOffset retrievedAt)
    {
        var tally = new Tally(
            lists.WorkerRelationships.Unreadable + lists.ServiceAgreements.Unreadable + lists.Assessments.Unreadable +
            lists.CaseNotes.Unreadable + lists.CommunicationNeeds.Unreadable);

        var record = new SocialCareRecord(
            authority,
            retrievedAt,
            Shown(lists.WorkerRelationships, w => w.Id, w => Worker(w, today), tally),
            Shown(lists.ServiceAgreements, p => p.Id, CarePackage, tally),
            Shown(lists.Assessments, a => a.Id, Assessment, tally),
            Shown(lists.CaseNotes, n => n.Id, CaseNote, tally),
            Shown(lists.CommunicationNeeds, n => n.Id, n => Need(n, today), tally));
        return (record, tally.Count);
    }

    private static Verdict<SocialWorker> Worker(WorkerRelationshipDto item, DateOnly today)
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

    private static Verdict<CarePackage> CarePackage(ServiceAgreementDto item) => item.Status switch
    {
        null => Verdict<CarePackage>.Unreadable,
        ServiceAgreementStatus.Proposed or ServiceAgreementStatus.Cancelled => Verdict<CarePackage>.Hidden,
        _ when item.StartDate is null => Verdict<CarePackage>.Unreadable,
        _ => Verdict<CarePackage>.Show(MosaicRecordMapper.ToCarePackage(item)),
    };

    private static Verdict<AssessmentSummary> Assessment(AssessmentDto item) => item.Status switch
    {
        null => Verdict<AssessmentSummary>.Unreadable,
        not AssessmentStatus.Completed => Verdict<AssessmentSummary>.Hidden,
        _ when item.CompletedDate is null || string.IsNullOrWhiteSpace(item.Name) => Verdict<AssessmentSummary>.Unreadable,
        _ => Verdict<AssessmentSummary>.Show(MosaicRecordMapper.ToAssessment(item)),
    };

    private static Verdict<CaseNoteMeta> CaseNote(CaseNoteDto item) => item.Status switch
    {
        null => Verdict<CaseNoteMeta>.Unreadable,
        not CaseNoteStatus.Complete => Verdict<CaseNoteMeta>.Hidden,
        _ when item.CompletedDate is null || item.EffectiveDate is null => Verdict<CaseNoteMeta>.Unreadable,
        _ => Verdict<CaseNoteMeta>.Show(MosaicRecordMapper.ToCaseNote(item)),
    };

    private static Verdict<CommunicationNeed> Need(CommunicationNeedDto item, DateOnly today)
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

    private static List<TShown> Shown<TItem, TShown>(
        ItemList<TItem> list, Func<TItem, string?> id, Func<TItem, Verdict<TShown>> judge, Tally tally)
        where TShown : class
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shown = new List<TShown>();
        foreach (var item in list.Items)
        {
            var itemId = id(item);
            if (string.IsNullOrWhiteSpace(itemId))
            {
                tally.Count++;
                continue;
            }

            // Offset paging can repeat an item on the next page when the list changes between requests.
            if (!seen.Add(itemId))
            {
                continue;
            }

            var verdict = judge(item);
            if (verdict.IsUnreadable)
            {
                tally.Count++;
            }
            else if (verdict.Value is { } value)
            {
                shown.Add(value);
            }
        }

        return shown;
    }

    private sealed class Tally(int count)
    {
        public int Count { get; set; } = count;
    }
}

using SocialCare.Domain.Records;

namespace SocialCare.Application.Viewing.GetSocialCare;

/// <summary>The order of spec §3, applied once here so that every caller shows the same thing.</summary>
internal static class RecordOrdering
{
    private static readonly StringComparer NameOrder = StringComparer.InvariantCultureIgnoreCase;

    public static SocialCareRecord Order(SocialCareRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);

        // OrderBy is stable, so items that tie keep the order Mosaic gave them.
        return record with
        {
            SocialWorkers = [.. record.SocialWorkers.OrderBy(w => w.Relationship).ThenBy(w => w.Name, NameOrder)],
            CarePackages = [.. record.CarePackages.OrderByDescending(p => p.StartDate)],
            Assessments = [.. record.Assessments.OrderByDescending(a => a.CompletedOn)],
            CaseNotes = [.. record.CaseNotes.OrderByDescending(n => n.EffectiveFrom).ThenByDescending(n => n.CompletedOn)],
            CommunicationNeeds = [.. record.CommunicationNeeds.OrderBy(n => n.Category)],
        };
    }
}

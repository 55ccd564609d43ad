using SocialCare.Domain.Authorities;
using SocialCare.Domain.Records;
using SocialCare.Infrastructure.Mosaic.Dialects;

namespace SocialCare.Infrastructure.Mosaic.Reading;

/// <summary>
/// The record from what a dialect read of the five lists: keeps what it shows, counts what it could not read (an
/// item without an id included), and shows a repeated id once, whatever the dialect.
/// </summary>
internal static class MosaicRecordReader
{
    public static (SocialCareRecord Record, int Unreadable) Read(PersonLists lists, LocalAuthority authority, DateTimeOffset retrievedAt)
    {
        var tally = new Tally(
            lists.WorkerRelationships.Unreadable + lists.ServiceAgreements.Unreadable + lists.Assessments.Unreadable +
            lists.CaseNotes.Unreadable + lists.CommunicationNeeds.Unreadable);

        var record = new SocialCareRecord(
            authority,
            retrievedAt,
            Shown(lists.WorkerRelationships, tally),
            Shown(lists.ServiceAgreements, tally),
            Shown(lists.Assessments, tally),
            Shown(lists.CaseNotes, tally),
            Shown(lists.CommunicationNeeds, tally));
        return (record, tally.Count);
    }

    private static List<T> Shown<T>(ReadList<T> list, Tally tally)
        where T : class
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shown = new List<T>();
        foreach (var item in list.Items)
        {
            if (string.IsNullOrWhiteSpace(item.Id))
            {
                tally.Count++;
                continue;
            }

            // Offset paging can repeat an item on the next page when the list changes between requests.
            if (!seen.Add(item.Id))
            {
                continue;
            }

            if (item.IsUnreadable)
            {
                tally.Count++;
            }
            else if (item.Value is { } value)
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

using SocialCare.Application.AccessHistory;
using SocialCare.Application.AccessHistory.GetAccessHistory;

namespace SocialCare.Api.Contracts;

/// <summary>
/// The use case's <see cref="AccessHistoryView"/> as the API's contract, <see cref="AccessHistoryResponse"/>: every
/// value worded by <see cref="AccessHistoryWords"/>, as the page words it. By hand rather than by Mapperly, since no
/// member maps by name: each is a phrase made from a value.
/// </summary>
internal static class AccessHistoryTranslator
{
    public static AccessHistoryResponse ToResponse(AccessHistoryView view) =>
        new(view.PatientId.Value, [.. view.Items.Select(ToResponse)], view.OlderBefore);

    private static AccessHistoryItemResponse ToResponse(AccessHistoryItem item) =>
        new(
            item.Id,
            item.At,
            item.Who,
            AccessHistoryWords.Relationship(item.Relationships),
            AccessHistoryWords.Place(item.Place),
            item.Shown,
            AccessHistoryWords.Outcome(item.Shown));
}

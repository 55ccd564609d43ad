using SocialCare.Application.Abstractions;
using SocialCare.Application.Errors;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.AccessHistory.GetAccessHistory;

/// <summary>
/// One attempt on the patient's social care information, as values that <see cref="AccessHistoryWords"/> words:
/// nothing here is a code the patient would have to read.
/// </summary>
/// <param name="Id">The audit entry's own id: the one to quote, and the cursor of the next page.</param>
/// <param name="At">When the attempt ended (UTC).</param>
/// <param name="Who">
/// <see cref="AccessHistoryWords.You"/> for the patient's own attempts; otherwise the host's name for the viewer
/// (<see cref="ISocialCareViewerNames"/>), or <see cref="AccessHistoryWords.Who"/> when it gives none.
/// </param>
/// <param name="Relationships">How the viewer stood to the patient, as the directory said then; empty when not at all.</param>
/// <param name="Place">Where they looked: the record in PKB's app, the Social care page, or the access history.</param>
/// <param name="Shown">Whether they were shown information (the true outcome was <c>social-care.shown</c>).</param>
public sealed record AccessHistoryItem(
    Guid Id,
    DateTimeOffset At,
    string Who,
    IReadOnlyList<ViewerRelationship> Relationships,
    AuditSurface Place,
    bool Shown)
{
    internal static AccessHistoryItem Of(SocialCareAuditEntry entry, string who) =>
        new(entry.Id, entry.At, who, entry.Relationships, entry.Surface, entry.TrueOutcome == SocialCareCodes.Shown);
}

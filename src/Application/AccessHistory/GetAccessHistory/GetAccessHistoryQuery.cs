using FluentResults;
using Mediator;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.AccessHistory.GetAccessHistory;

/// <summary>One page of the patient's access history (spec §7), newest first.</summary>
/// <param name="PageSize">How many entries, brought within 1 to <see cref="MaxPageSize"/>.</param>
/// <param name="Before">
/// The id of the last entry of the page before (<see cref="AccessHistoryView.OlderBefore"/>), or null for the newest
/// page. An id that is not one of this patient's entries gives an empty page.
/// </param>
/// <param name="PatientId">The patient whose history is read.</param>
/// <param name="ViewerId">Who reads it: only the patient may.</param>
public sealed record GetAccessHistoryQuery(PatientId PatientId, ViewerId ViewerId, int PageSize = GetAccessHistoryQuery.DefaultPageSize, Guid? Before = null)
    : IQuery<Result<AccessHistoryView>>
{
    /// <summary>The page size when none is asked for.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The largest page size.</summary>
    public const int MaxPageSize = SocialCareAuditPage.MaxLimit;
}

using SocialCare.Application.Auditing;
using SocialCare.Application.Errors;
using SocialCare.Domain.Patients;

namespace SocialCare.Application.AccessHistory.GetAccessHistory;

/// <summary>One page of the patient's access history, newest first; read by the patient only.</summary>
/// <param name="OlderBefore">
/// Pass as <see cref="GetAccessHistoryQuery.Before"/> for the next, older page; null when there is none.
/// </param>
/// <param name="PatientId">The patient whose history it is.</param>
/// <param name="Items">The entries of this page, newest first.</param>
public sealed record AccessHistoryView(PatientId PatientId, IReadOnlyList<AccessHistoryItem> Items, Guid? OlderBefore) : IAuditedAnswer
{
    Audience IAuditedAnswer.Audience => Audience.Patient;
}

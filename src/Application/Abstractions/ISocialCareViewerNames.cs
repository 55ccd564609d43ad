using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Abstractions;

/// <summary>
/// How the host names a viewer to the patient reading who has looked at their social care information (spec §7),
/// for example "Dr Ada Example, Charing Cross Surgery". Implemented by the host; optional.
/// </summary>
/// <remarks>
/// Return null when the viewer cannot or should not be named to this patient; the history then names them by how
/// they stood to the patient (<see cref="AccessHistory.AccessHistoryWords.Who"/>: "A carer", "A professional in your
/// care team", "Someone"), as it does when no implementation is registered. It is asked once per viewer on a page,
/// one viewer at a time, under <c>SocialCare:Deadline</c>; a viewer it has not named when the deadline passes, or
/// for whom it throws, is named by relationship (the exception is logged by type only). It is never asked about the
/// patient's own entries, which read "You". The name is shown as text, without its control and bidirectional
/// characters.
/// </remarks>
public interface ISocialCareViewerNames
{
    /// <summary>The name to show <paramref name="patient"/> for <paramref name="viewer"/>, or null to name them by relationship.</summary>
    /// <param name="viewer">Who looked.</param>
    /// <param name="patient">The patient reading their history.</param>
    /// <param name="cancellationToken">The history's deadline.</param>
    /// <returns>A name such as "Dr Ada Example, Charing Cross Surgery", or null.</returns>
    Task<string?> NameOfAsync(ViewerId viewer, PatientId patient, CancellationToken cancellationToken);
}

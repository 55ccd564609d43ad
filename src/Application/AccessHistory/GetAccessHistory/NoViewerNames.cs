using SocialCare.Application.Abstractions;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.AccessHistory.GetAccessHistory;

/// <summary>
/// The <see cref="ISocialCareViewerNames"/> of a host that registers none: it names nobody, so the history names
/// every viewer but the patient by relationship (<see cref="AccessHistoryWords.Who"/>).
/// </summary>
internal sealed class NoViewerNames : ISocialCareViewerNames
{
    public Task<string?> NameOfAsync(ViewerId viewer, PatientId patient, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}

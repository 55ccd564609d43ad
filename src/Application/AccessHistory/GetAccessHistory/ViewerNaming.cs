using Microsoft.Extensions.Logging;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Viewing.Deadline;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.AccessHistory.GetAccessHistory;

/// <summary>
/// Says who made each attempt on a page of the history: "You" for the patient's own, else the host's name for the
/// viewer (<see cref="ISocialCareViewerNames"/>), else the words for how they stood to the patient. A host that
/// cannot name someone, throws or runs out of time never costs the patient their history.
/// </summary>
[UseCaseService]
internal sealed partial class ViewerNaming(ISocialCareViewerNames names, ILogger<ViewerNaming> logger)
{
    /// <param name="reader">The patient reading: entries of theirs are "You" whatever the directory said then.</param>
    /// <returns>Who, for each entry, in the entries' order.</returns>
    /// <param name="entries">The page's entries.</param>
    /// <param name="patient">The patient whose history it is.</param>
    /// <param name="deadline">The history's deadline, which the host's names are asked under.</param>
    internal async Task<IReadOnlyList<string>> WhoAsync(
        IReadOnlyList<SocialCareAuditEntry> entries, ViewerId reader, PatientId patient, ViewDeadline deadline)
    {
        bool IsThePatient(SocialCareAuditEntry entry) => entry.Viewer == reader || entry.Relationships.Contains(ViewerRelationship.Self);

        // One viewer at a time: a host's naming service may be scoped and not safe to call concurrently.
        var named = new Dictionary<ViewerId, string?>();
        foreach (var viewer in entries.Where(e => !IsThePatient(e)).Select(e => e.Viewer).Distinct())
        {
            named[viewer] = await NameOfAsync(viewer, patient, deadline).ConfigureAwait(false);
        }

        return
        [
            .. entries.Select(e => IsThePatient(e)
                ? AccessHistoryWords.You
                : named.GetValueOrDefault(e.Viewer) ?? AccessHistoryWords.Who(e.Relationships)),
        ];
    }

    private async Task<string?> NameOfAsync(ViewerId viewer, PatientId patient, ViewDeadline deadline)
    {
        if (deadline.Token.IsCancellationRequested)
        {
            return null;
        }

        try
        {
            var name = await names.NameOfAsync(viewer, patient, deadline.Token).WaitAsync(deadline.Token).ConfigureAwait(false);
            return DisplayText.Optional(name);
        }
        catch (OperationCanceledException) when (deadline.Token.IsCancellationRequested)
        {
            LogNamingCutShort(logger, deadline.CallerGaveUp ? "the caller gave up" : "the deadline passed");
            return null;
        }
        catch (Exception exception)
        {
            LogNamingFailed(logger, exception.GetType().FullName);
            return null;
        }
    }

    [LoggerMessage(EventId = 1303, Level = LogLevel.Warning, Message = "The host's viewer names failed ({ExceptionType}); that viewer is named by relationship")]
    private static partial void LogNamingFailed(ILogger logger, string? exceptionType);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Warning, Message = "The host's viewer names had not answered when {Why}; the rest are named by relationship")]
    private static partial void LogNamingCutShort(ILogger logger, string why);
}

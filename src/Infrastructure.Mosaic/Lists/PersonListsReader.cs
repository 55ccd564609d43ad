using System.Runtime.ExceptionServices;
using SocialCare.Infrastructure.Mosaic.Contract;
using SocialCare.Infrastructure.Mosaic.Http;
using SocialCare.Infrastructure.Mosaic.Reading;

namespace SocialCare.Infrastructure.Mosaic.Lists;

/// <summary>
/// One person's five lists, read concurrently, each by <see cref="ListReader"/>. One list failing makes the authority
/// unavailable, so the first failure stops the others rather than waiting for them, and is the one thrown.
/// </summary>
internal static class PersonListsReader
{
    public static async Task<PersonLists> ReadAsync(LookupRequests requests, string personId, CancellationToken cancellationToken)
    {
        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var person = "v1/persons/" + Uri.EscapeDataString(personId) + "/";
        var workers = Guard(ListReader.ReadAsync(requests, person + "worker-relationships", MosaicJsonContext.Default.MosaicPageDtoWorkerRelationshipDto, failFast.Token), failFast);
        var packages = Guard(ListReader.ReadAsync(requests, person + "service-agreements", MosaicJsonContext.Default.MosaicPageDtoServiceAgreementDto, failFast.Token), failFast);
        var assessments = Guard(ListReader.ReadAsync(requests, person + "assessments", MosaicJsonContext.Default.MosaicPageDtoAssessmentDto, failFast.Token), failFast);
        var notes = Guard(ListReader.ReadAsync(requests, person + "case-notes", MosaicJsonContext.Default.MosaicPageDtoCaseNoteDto, failFast.Token), failFast);
        var needs = Guard(ListReader.ReadAsync(requests, person + "communication-needs", MosaicJsonContext.Default.MosaicPageDtoCommunicationNeedDto, failFast.Token), failFast);
        Task[] all = [workers, packages, assessments, notes, needs];
        try
        {
            await Task.WhenAll(all).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The first real failure, not a sibling's cancellation caused by it.
            var failures = all.Where(t => t.IsFaulted || t.IsCanceled).Select(t => t.Exception?.InnerException).OfType<Exception>().ToList();
            ExceptionDispatchInfo.Throw(failures.FirstOrDefault(e => e is not OperationCanceledException) ?? failures.FirstOrDefault() ?? new OperationCanceledException());
        }

        return new PersonLists(await workers.ConfigureAwait(false), await packages.ConfigureAwait(false), await assessments.ConfigureAwait(false), await notes.ConfigureAwait(false), await needs.ConfigureAwait(false));
    }

    private static async Task<T> Guard<T>(Task<T> task, CancellationTokenSource failFast)
    {
        try
        {
            return await task.ConfigureAwait(false);
        }
        catch
        {
            await failFast.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }
}

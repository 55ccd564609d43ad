using System.Runtime.ExceptionServices;
using SocialCare.Domain.Records;
using SocialCare.Infrastructure.Mosaic.Dialects;
using SocialCare.Infrastructure.Mosaic.Http;
using SocialCare.Infrastructure.Mosaic.Reading;

namespace SocialCare.Infrastructure.Mosaic.Lists;

/// <summary>
/// One person's five lists, read concurrently, each by <see cref="ListReader"/> in the council's dialect. One list
/// failing makes the authority unavailable, so the first failure stops the others rather than waiting for them, and
/// is the one thrown.
/// </summary>
internal static class PersonListsReader
{
    public static async Task<PersonLists> ReadAsync(
        LookupRequests requests, MosaicDialect dialect, string personId, DateOnly today, CancellationToken cancellationToken)
    {
        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var person = Uri.EscapeDataString(personId);
        Func<int, Uri> First(MosaicList list) => size => dialect.FirstPage(list, person, size);
        var workers = Guard(ListReader.ReadAsync<SocialWorker>(requests, First(MosaicList.WorkerRelationships), (uri, day) => body => dialect.ReadSocialWorkers(body, new(uri, day)), today, failFast.Token), failFast);
        var packages = Guard(ListReader.ReadAsync<CarePackage>(requests, First(MosaicList.CarePackages), (uri, day) => body => dialect.ReadCarePackages(body, new(uri, day)), today, failFast.Token), failFast);
        var assessments = Guard(ListReader.ReadAsync<AssessmentSummary>(requests, First(MosaicList.Assessments), (uri, day) => body => dialect.ReadAssessments(body, new(uri, day)), today, failFast.Token), failFast);
        var notes = Guard(ListReader.ReadAsync<CaseNoteMeta>(requests, First(MosaicList.CaseNotes), (uri, day) => body => dialect.ReadCaseNotes(body, new(uri, day)), today, failFast.Token), failFast);
        var needs = Guard(ListReader.ReadAsync<CommunicationNeed>(requests, First(MosaicList.CommunicationNeeds), (uri, day) => body => dialect.ReadCommunicationNeeds(body, new(uri, day)), today, failFast.Token), failFast);
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

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Calendar;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;
using SocialCare.Infrastructure.Mosaic.Configuration;
using SocialCare.Infrastructure.Mosaic.Dialects;
using SocialCare.Infrastructure.Mosaic.Http;
using SocialCare.Infrastructure.Mosaic.Lists;
using SocialCare.Infrastructure.Mosaic.Reading;
using SocialCare.Infrastructure.Mosaic.Telemetry;

namespace SocialCare.Infrastructure.Mosaic;

/// <summary>
/// <see cref="IMosaicGateway"/> over Mosaic, in each council's <see cref="MosaicDialect"/> (the standard contract,
/// docs/mosaic-contract.md, unless configured otherwise): finds the person by NHS number (in a header), stops there
/// unless exactly one person has consented to sharing, then reads the five lists concurrently. Every expected failure
/// is an <see cref="MosaicLookup.Unavailable"/> answer with a closed reason.
/// </summary>
public sealed partial class MosaicHttpGateway(
    IHttpClientFactory clients,
    IOptions<MosaicOptions> options,
    IEnumerable<MosaicDialect> dialects,
    TimeProvider time,
    MosaicTelemetry telemetry,
    ILogger<MosaicHttpGateway> logger) : IMosaicGateway
{
    public const string NhsNumberHeader = "X-NHS-Number";
    internal const int MaxPersonIdLength = 256;

    private readonly MosaicDialects _dialects = new(dialects);

    public async Task<MosaicLookup> LookupAsync(LocalAuthority authority, NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(nhsNumber);
        var code = authority.Code.Value;
        using var activity = telemetry.StartLookup(code);
        var started = time.GetTimestamp();
        MosaicLookup lookup;
        try
        {
            lookup = await LookupCoreAsync(authority, nhsNumber, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // The caller's deadline or cancellation, whatever a list that failed at the same moment threw: the fan-out
            // names it Deadline or Cancelled.
            telemetry.RecordCancelled(code, time.GetElapsedTime(started), activity);
            throw new OperationCanceledException(cancellationToken);
        }
        catch (Exception exception)
        {
            // Every failure is an answer: an expected one with its reason, anything else (a bug, a certificate that
            // cannot be loaded) as Other, logged by type only so that nothing it carries reaches a log.
            var reason = UnavailableReasons.Of(exception) ?? UnavailableReason.Other;
            LogUnavailable(logger, code, reason, exception.GetType().Name);
            lookup = new MosaicLookup.Unavailable(reason);
        }

        telemetry.Record(code, lookup, time.GetElapsedTime(started), activity);
        return lookup;
    }

    private async Task<MosaicLookup> LookupCoreAsync(LocalAuthority authority, NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        if (options.Value.Find(authority.Code.Value) is not { } entry || _dialects.For(entry) is not { } dialect)
        {
            LogNotConfigured(logger, authority.Code.Value);
            return new MosaicLookup.Unavailable(UnavailableReason.Other);
        }

        var requests = new LookupRequests(
            clients.CreateClient(MosaicClientNames.Resources(authority.Code.Value)), new LookupBudget(options.Value.MaxLookupBytes));

        // Find the person: the NHS number goes in the dialect's header, placed here, never in a path or a query.
        var search = dialect.PersonSearch;
        var matches = await requests.GetAsync(
            search.Path,
            body => dialect.ReadPersonSearch(body),
            request => request.Headers.Add(search.NhsNumberHeader, nhsNumber.ToDigits()),
            cancellationToken).ConfigureAwait(false);
        if (matches.Any(p => string.IsNullOrWhiteSpace(p.PersonId)))
        {
            throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
        }

        // Decide: nothing more is asked for unless one person is found who shares. One person may be listed more than
        // once; it is shared only if every entry for it says so.
        var persons = matches.GroupBy(p => p.PersonId!, StringComparer.Ordinal).ToList();
        switch (persons.Count)
        {
            case 0:
                return new MosaicLookup.NotFound();
            case > 1:
                return new MosaicLookup.SeveralPersons();
        }

        if (!persons[0].All(p => p.ConsentGiven))
        {
            return new MosaicLookup.NotShared();
        }

        var personId = persons[0].Key;
        if (!IsPersonId(personId))
        {
            throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
        }

        // Read the lists, then keep and map what may be shown.
        var lists = await PersonListsReader.ReadAsync(requests, dialect, personId, LondonCalendar.Today(time), cancellationToken).ConfigureAwait(false);
        var (record, unreadable) = MosaicRecordReader.Read(lists, authority, time.GetUtcNow());
        if (unreadable > 0)
        {
            LogUnreadable(logger, authority.Code.Value, unreadable);
        }

        return new MosaicLookup.Found(record, unreadable);
    }

    /// <summary>
    /// An id that can be one segment of the lists' paths. Escaping keeps a slash out of the path, but not a dot
    /// segment, which would name another resource; and an id of a council's own making beyond any Mosaic id's length,
    /// or with control characters, is not one (a megabyte of it was sent back in every list's request line).
    /// </summary>
    private static bool IsPersonId(string personId) =>
        personId.Length <= MaxPersonIdLength
        && personId is not ("." or "..")
        && !personId.Contains('/', StringComparison.Ordinal)
        && !personId.Contains('\\', StringComparison.Ordinal)
        && !personId.Any(char.IsControl);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Mosaic of {AuthorityCode} unavailable: {Reason} ({ExceptionType})")]
    private static partial void LogUnavailable(ILogger logger, string authorityCode, UnavailableReason reason, string exceptionType);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Mosaic of {AuthorityCode}: {Count} items could not be read and were left out")]
    private static partial void LogUnreadable(ILogger logger, string authorityCode, int count);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "{AuthorityCode} is asked but has no Mosaic configuration, or no registered dialect, under SocialCare:LocalAuthorities")]
    private static partial void LogNotConfigured(ILogger logger, string authorityCode);
}

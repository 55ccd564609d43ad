using System.Globalization;
using System.Net;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;
using SocialCare.Infrastructure.Mosaic.Configuration;
using SocialCare.Infrastructure.Mosaic.Contract;
using SocialCare.Infrastructure.Mosaic.Http;
using SocialCare.Infrastructure.Mosaic.Reading;
using SocialCare.Infrastructure.Mosaic.Telemetry;

namespace SocialCare.Infrastructure.Mosaic;

/// <summary>
/// <see cref="IMosaicGateway"/> over this library's Mosaic contract (docs/mosaic-contract.md): finds the person by NHS
/// number (in a header), stops there unless exactly one person has consented to sharing, then reads the five lists
/// concurrently. Every expected failure is an <see cref="MosaicLookup.Unavailable"/> answer with a closed reason.
/// </summary>
public sealed partial class MosaicHttpGateway(
    IHttpClientFactory clients,
    IOptions<MosaicOptions> options,
    TimeProvider time,
    MosaicTelemetry telemetry,
    ILogger<MosaicHttpGateway> logger) : IMosaicGateway
{
    public const string NhsNumberHeader = "X-NHS-Number";
    internal const int PageSize = 1000;

    /// <summary>The page sizes tried in turn when a page is larger than <c>MaxResponseBytes</c>.</summary>
    internal static readonly int[] PageSizes = [PageSize, 200, 25];
    internal const int MaxPages = 100;
    internal const int MaxItems = 20_000;
    internal const int MaxPersonIdLength = 256;

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
            var reason = ReasonFor(exception) ?? UnavailableReason.Other;
            LogUnavailable(logger, code, reason, exception.GetType().Name);
            lookup = new MosaicLookup.Unavailable(reason);
        }

        telemetry.Record(code, lookup, time.GetElapsedTime(started), activity);
        return lookup;
    }

    private async Task<MosaicLookup> LookupCoreAsync(LocalAuthority authority, NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        if (options.Value.Find(authority.Code.Value) is null)
        {
            LogNotConfigured(logger, authority.Code.Value);
            return new MosaicLookup.Unavailable(UnavailableReason.Other);
        }

        var client = clients.CreateClient(MosaicClientNames.Resources(authority.Code.Value));
        var budget = new LookupBudget(options.Value.MaxLookupBytes);
        var search = await GetAsync(
            client,
            new Uri("v1/persons", UriKind.Relative),
            MosaicJsonContext.Default.PersonSearchDto,
            budget,
            request => request.Headers.Add(NhsNumberHeader, nhsNumber.ToDigits()),
            cancellationToken).ConfigureAwait(false);

        if (search.Persons is null || search.Persons.Any(p => string.IsNullOrWhiteSpace(p?.PersonId)))
        {
            throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
        }

        // One person may be listed more than once; it is shared only if every entry for it says so.
        var persons = search.Persons.GroupBy(p => p!.PersonId!, StringComparer.Ordinal).ToList();
        switch (persons.Count)
        {
            case 0:
                return new MosaicLookup.NotFound();
            case > 1:
                return new MosaicLookup.SeveralPersons();
        }

        if (!persons[0].All(p => string.Equals(p!.ConsentToShareWithThirdParties, "given", StringComparison.OrdinalIgnoreCase)))
        {
            return new MosaicLookup.NotShared();
        }

        var personId = persons[0].Key;
        if (!IsPersonId(personId))
        {
            throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
        }

        var lists = await ReadListsAsync(client, personId, budget, cancellationToken).ConfigureAwait(false);
        var (record, unreadable) = MosaicRecordReader.Read(lists, authority, LondonCalendar.Today(time), time.GetUtcNow());
        if (unreadable > 0)
        {
            LogUnreadable(logger, authority.Code.Value, unreadable);
        }

        return new MosaicLookup.Found(record, unreadable);
    }

    private static async Task<PersonLists> ReadListsAsync(HttpClient client, string personId, LookupBudget budget, CancellationToken cancellationToken)
    {
        // One list failing makes the authority unavailable, so the others are stopped rather than awaited.
        using var failFast = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var person = "v1/persons/" + Uri.EscapeDataString(personId) + "/";
        var workers = Guard(ReadListAsync(client, person + "worker-relationships", MosaicJsonContext.Default.MosaicPageDtoWorkerRelationshipDto, budget, failFast.Token), failFast);
        var packages = Guard(ReadListAsync(client, person + "service-agreements", MosaicJsonContext.Default.MosaicPageDtoServiceAgreementDto, budget, failFast.Token), failFast);
        var assessments = Guard(ReadListAsync(client, person + "assessments", MosaicJsonContext.Default.MosaicPageDtoAssessmentDto, budget, failFast.Token), failFast);
        var notes = Guard(ReadListAsync(client, person + "case-notes", MosaicJsonContext.Default.MosaicPageDtoCaseNoteDto, budget, failFast.Token), failFast);
        var needs = Guard(ReadListAsync(client, person + "communication-needs", MosaicJsonContext.Default.MosaicPageDtoCommunicationNeedDto, budget, failFast.Token), failFast);
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

    private static async Task<ItemList<T>> ReadListAsync<T>(
        HttpClient client, string path, JsonTypeInfo<MosaicPageDto<T>> typeInfo, LookupBudget budget, CancellationToken cancellationToken)
        where T : class
    {
        // Mosaic may send assessment forms and note text, which are skipped but still downloaded: a page of them can
        // pass MaxResponseBytes. The list is then read again in smaller pages rather than losing the authority.
        for (var size = 0; ; size++)
        {
            try
            {
                return await ReadPagesAsync(client, path, PageSizes[size], typeInfo, budget, cancellationToken).ConfigureAwait(false);
            }
            catch (MosaicUnavailableException tooLarge) when (tooLarge.Reason == UnavailableReason.ResponseTooLarge && size + 1 < PageSizes.Length)
            {
            }
        }
    }

    private static async Task<ItemList<T>> ReadPagesAsync<T>(
        HttpClient client, string path, int pageSize, JsonTypeInfo<MosaicPageDto<T>> typeInfo, LookupBudget budget, CancellationToken cancellationToken)
        where T : class
    {
        var items = new List<T>();
        var unreadable = 0;
        var page = 1;
        for (var pages = 1; ; pages++)
        {
            var uri = new Uri(string.Create(CultureInfo.InvariantCulture, $"{path}?page={page}&pageSize={pageSize}"), UriKind.Relative);
            var dto = await GetAsync(client, uri, typeInfo, budget, configure: null, cancellationToken).ConfigureAwait(false);
            if (dto.Items is null)
            {
                throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
            }

            items.AddRange(dto.Items.Items);
            unreadable += dto.Items.Unreadable;
            if (dto.NextPage is not { } next)
            {
                break;
            }

            if (next <= Math.Max(page, dto.Page))
            {
                throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
            }

            if (pages >= MaxPages || items.Count >= MaxItems)
            {
                // The rest is not read: the page says the record is partial instead of waiting for it.
                unreadable += Math.Max(1, (dto.TotalItems ?? 0) - items.Count);
                break;
            }

            page = next;
        }

        if (items.Count > MaxItems)
        {
            unreadable += items.Count - MaxItems;
            items.RemoveRange(MaxItems, items.Count - MaxItems);
        }

        return new ItemList<T>(items, unreadable);
    }

    private static async Task<T> GetAsync<T>(
        HttpClient client, Uri uri, JsonTypeInfo<T> typeInfo, LookupBudget budget, Action<HttpRequestMessage>? configure, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Options.Set(LookupBudget.Key, budget);
        configure?.Invoke(request);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new MosaicUnavailableException(ReasonFor(response.StatusCode));
        }

        try
        {
            if (response.Content is PooledBodyContent buffered)
            {
                // Already read whole inside the attempt: parsed in place. Streamed instead, the items arrays (read by a
                // converter of ours, which needs its whole value at once) were buffered again in growing chunks and
                // rescanned at each one: most of a large record's time (P4 in docs/performance.md).
                return JsonSerializer.Deserialize(WithoutByteOrderMark(buffered.Body.Span), typeInfo)
                    ?? throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
            }

            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync(body, typeInfo, cancellationToken).ConfigureAwait(false)
                    ?? throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
            }
        }
        catch (Exception exception) when (UnreadableValue.Is(exception))
        {
            // The envelope could not be read: whatever the reader threw, the same closed reason.
            throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
        }
    }

    /// <summary>
    /// RFC 8259 §8.1 lets a reader ignore a UTF-8 byte order mark, and a council's framework may write one; the
    /// reader of a span does not skip it as the reader of a stream does.
    /// </summary>
    private static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> body) =>
        body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? body[3..] : body;

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

    private static UnavailableReason ReasonFor(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => UnavailableReason.BadCredentials,
        HttpStatusCode.TooManyRequests => UnavailableReason.RateLimited,
        HttpStatusCode.RequestTimeout => UnavailableReason.Timeout,
        >= HttpStatusCode.InternalServerError => UnavailableReason.ServerError,
        _ => UnavailableReason.Other,
    };

    private static UnavailableReason? ReasonFor(Exception exception) => exception switch
    {
        MosaicUnavailableException unavailable => unavailable.Reason,
        BrokenCircuitException => UnavailableReason.CircuitOpen,
        TimeoutRejectedException => UnavailableReason.Timeout,
        RateLimiterRejectedException => UnavailableReason.RateLimited,
        JsonException => UnavailableReason.MalformedResponse,
        // A body said to be compressed that does not decompress: what was sent cannot be read.
        InvalidDataException => UnavailableReason.MalformedResponse,
        HttpRequestException or IOException => UnavailableReason.ConnectionFailed,
        OperationCanceledException => UnavailableReason.Timeout,
        _ => null,
    };

    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Mosaic of {AuthorityCode} unavailable: {Reason} ({ExceptionType})")]
    private static partial void LogUnavailable(ILogger logger, string authorityCode, UnavailableReason reason, string exceptionType);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Mosaic of {AuthorityCode}: {Count} items could not be read and were left out")]
    private static partial void LogUnreadable(ILogger logger, string authorityCode, int count);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "{AuthorityCode} is asked but has no Mosaic configuration under SocialCare:LocalAuthorities")]
    private static partial void LogNotConfigured(ILogger logger, string authorityCode);
}

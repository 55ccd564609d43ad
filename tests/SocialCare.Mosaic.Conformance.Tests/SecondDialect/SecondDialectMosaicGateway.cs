using System.Net;
using System.Text.Json;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Records;
using SocialCare.Mosaic.Conformance.Tests.SecondDialect.Wire;

namespace SocialCare.Mosaic.Conformance.Tests.SecondDialect;

/// <summary>
/// An adapter for the second dialect (<see cref="SecondDialectServer"/>), written as a council's own adapter would
/// be: <paramref name="httpClient"/> has the council's base address, <paramref name="apiKey"/> goes in
/// <see cref="SecondDialectServer.ApiKeyHeader"/>, and the NHS number goes in
/// <see cref="SecondDialectServer.NhsNumberHeader"/> (never in a path or query: proxies log those). Expected failures
/// are answers, a body cut short or larger than <paramref name="maxResponseBytes"/> included; cancellation of the
/// token is thrown, so that the library can tell the caller's deadline from the adapter's own timeout.
/// </summary>
public sealed class SecondDialectMosaicGateway(
    HttpClient httpClient,
    string apiKey,
    TimeProvider timeProvider,
    long maxResponseBytes = SecondDialectMosaicGateway.DefaultMaxResponseBytes) : IMosaicGateway
{
    /// <summary>The largest body read by default, 8 MiB: far more than any one person's summary.</summary>
    public const long DefaultMaxResponseBytes = 8 * 1024 * 1024;

    private readonly long _maxResponseBytes = maxResponseBytes > 0
        ? maxResponseBytes
        : throw new ArgumentOutOfRangeException(nameof(maxResponseBytes), maxResponseBytes, "The cap must be positive.");

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = false,
    };

    public async Task<MosaicLookup> LookupAsync(LocalAuthority authority, NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(nhsNumber);

        // The number goes in a header, never in the path or query (proxies log those); it is not logged here.
        var (search, searchFailure) = await GetAsync<ClientSearchDto>("api/clients", nhsNumber, cancellationToken);
        if (searchFailure is not null)
        {
            return searchFailure;
        }

        if (search!.Results is not { } results || results.Any(client => string.IsNullOrEmpty(client?.ClientRef)))
        {
            return Malformed;
        }

        // One client listed twice is one person, shared only if every entry for them says consent given (spec §1 step 8).
        var clients = results.GroupBy(client => client!.ClientRef!, StringComparer.Ordinal).ToList();
        switch (clients.Count)
        {
            case 0:
                return new MosaicLookup.NotFound();
            case > 1:
                return new MosaicLookup.SeveralPersons();
        }

        var client = clients[0];
        if (!client.All(entry => entry!.ShareConsent == "Y"))
        {
            return new MosaicLookup.NotShared();
        }

        var (summary, summaryFailure) = await GetAsync<ClientSummaryDto>(
            $"api/clients/{Uri.EscapeDataString(client.Key)}/summary", nhsNumber: null, cancellationToken);
        if (summaryFailure is not null)
        {
            return summaryFailure;
        }

        if (summary is not { Workers: { } workers, Packages: { } packages, Assessments: { } assessments, CaseNotes: { } notes, CommNeeds: { } needs })
        {
            return Malformed;
        }

        var reader = new SecondDialectRecordReader(SecondDialectDates.Today(timeProvider), Options);
        var record = new SocialCareRecord(
            authority,
            timeProvider.GetUtcNow(),
            reader.Workers(workers),
            reader.Packages(packages),
            reader.Assessments(assessments),
            reader.CaseNotes(notes),
            reader.Needs(needs));
        return new MosaicLookup.Found(record, reader.UnreadableItems);
    }

    private static MosaicLookup.Unavailable Malformed => new(UnavailableReason.MalformedResponse);

    private static MosaicLookup.Unavailable Unavailable(UnavailableReason reason) => new(reason);

    private static UnavailableReason ReasonFor(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => UnavailableReason.BadCredentials,
        HttpStatusCode.RequestTimeout => UnavailableReason.Timeout,
        HttpStatusCode.TooManyRequests => UnavailableReason.RateLimited,
        >= HttpStatusCode.InternalServerError => UnavailableReason.ServerError,
        _ => UnavailableReason.Other,
    };

    private async Task<(T? Value, MosaicLookup.Unavailable? Failure)> GetAsync<T>(
        string path, NhsNumber? nhsNumber, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(SecondDialectServer.ApiKeyHeader, apiKey);
        if (nhsNumber is not null)
        {
            request.Headers.Add(SecondDialectServer.NhsNumberHeader, nhsNumber.ToDigits());
        }

        try
        {
            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (null, Unavailable(ReasonFor(response.StatusCode)));
            }

            if (await ReadBoundedAsync(response.Content, cancellationToken) is not { } body)
            {
                return (null, Unavailable(UnavailableReason.ResponseTooLarge));
            }

            var value = JsonSerializer.Deserialize<T>(body, Options);
            return value is null ? (null, Malformed) : (value, null);
        }
        catch (JsonException)
        {
            return (null, Malformed);
        }
        catch (HttpRequestException)
        {
            return (null, Unavailable(UnavailableReason.ConnectionFailed));
        }
        catch (IOException)
        {
            // A body cut short (HttpIOException) or a connection reset while reading it.
            return (null, Unavailable(UnavailableReason.ConnectionFailed));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout fired, not the caller: the adapter's own budget ran out.
            return (null, Unavailable(UnavailableReason.Timeout));
        }
    }

    // The body, or null once it is known to exceed maxResponseBytes: by its Content-Length before reading, or by
    // counting as it is read when it has none (or lies), so a huge body is never held in memory.
    private async Task<byte[]?> ReadBoundedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (content.Headers.ContentLength > _maxResponseBytes)
        {
            return null;
        }

        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _maxResponseBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Records;
using SocialCare.Mosaic.Conformance.Tests.SecondDialect.Wire;

namespace SocialCare.Mosaic.Conformance.Tests.SecondDialect;

/// <summary>
/// An adapter for the second dialect (<see cref="SecondDialectServer"/>), written as a council's own adapter would
/// be: <paramref name="httpClient"/> has the council's base address, and <paramref name="apiKey"/> goes in
/// <see cref="SecondDialectServer.ApiKeyHeader"/>. Expected failures are answers; cancellation of the token is
/// thrown, so that the library can tell the caller's deadline from the adapter's own timeout.
/// </summary>
public sealed class SecondDialectMosaicGateway(HttpClient httpClient, string apiKey, TimeProvider timeProvider) : IMosaicGateway
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = false,
    };

    public async Task<MosaicLookup> LookupAsync(LocalAuthority authority, NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authority);
        ArgumentNullException.ThrowIfNull(nhsNumber);

        // This dialect takes the number in the query, never in the path (spec §4); it is not logged here.
        var (search, searchFailure) = await GetAsync<ClientSearchDto>($"api/clients?nhs_no={nhsNumber.ToDigits()}", cancellationToken);
        if (searchFailure is not null)
        {
            return searchFailure;
        }

        if (search!.Results is not { } results || results.Any(client => string.IsNullOrEmpty(client?.ClientRef)))
        {
            return Malformed;
        }

        var clients = results.DistinctBy(client => client!.ClientRef, StringComparer.Ordinal).ToList();
        switch (clients.Count)
        {
            case 0:
                return new MosaicLookup.NotFound();
            case > 1:
                return new MosaicLookup.SeveralPersons();
        }

        var client = clients[0]!;
        if (client.ShareConsent != "Y")
        {
            return new MosaicLookup.NotShared();
        }

        var (summary, summaryFailure) = await GetAsync<ClientSummaryDto>(
            $"api/clients/{Uri.EscapeDataString(client.ClientRef!)}/summary", cancellationToken);
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

    private async Task<(T? Value, MosaicLookup.Unavailable? Failure)> GetAsync<T>(string path, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(SecondDialectServer.ApiKeyHeader, apiKey);
        try
        {
            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (null, Unavailable(ReasonFor(response.StatusCode)));
            }

            var value = await response.Content.ReadFromJsonAsync<T>(Options, cancellationToken);
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
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout fired, not the caller: the adapter's own budget ran out.
            return (null, Unavailable(UnavailableReason.Timeout));
        }
    }
}

using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SocialCare.Baseline;

/// <summary>
/// The baseline client for one authority: the calls <c>MosaicHttpGateway</c> makes (person lookup with the NHS number
/// in a header, then the five lists concurrently, following <c>nextPage</c> at page size 1000), with a raw
/// <see cref="HttpClient"/> and nothing else: no timeouts, retries, circuit, validation, filtering or mapping. The
/// token is fetched once and kept.
/// </summary>
public sealed class BaselineMosaicClient(HttpClient http, Uri authorityBaseUrl, Uri tokenUrl, string clientId, string clientSecret)
{
    private const int PageSize = 1000;
    private Task<AuthenticationHeaderValue>? _token;

    public async Task<BaselineRecord> GetRecordAsync(string nhsNumber, CancellationToken cancellationToken = default)
    {
        var authorization = await (_token ??= FetchTokenAsync(cancellationToken)).ConfigureAwait(false);
        using var lookup = new HttpRequestMessage(HttpMethod.Get, new Uri(authorityBaseUrl, "v1/persons"));
        lookup.Headers.Authorization = authorization;
        lookup.Headers.Add("X-NHS-Number", nhsNumber);
        var search = await SendAsync(lookup, BaselineJsonContext.Default.BaselinePersonSearch, cancellationToken).ConfigureAwait(false);
        if (search.Persons is not [{ ConsentToShareWithThirdParties: "given", PersonId: { } personId }])
        {
            return new BaselineRecord();
        }

        var person = "v1/persons/" + Uri.EscapeDataString(personId) + "/";
        var workers = ReadListAsync(person + "worker-relationships", authorization, BaselineJsonContext.Default.BaselinePageBaselineWorkerRelationship, cancellationToken);
        var agreements = ReadListAsync(person + "service-agreements", authorization, BaselineJsonContext.Default.BaselinePageBaselineServiceAgreement, cancellationToken);
        var assessments = ReadListAsync(person + "assessments", authorization, BaselineJsonContext.Default.BaselinePageBaselineAssessment, cancellationToken);
        var notes = ReadListAsync(person + "case-notes", authorization, BaselineJsonContext.Default.BaselinePageBaselineCaseNote, cancellationToken);
        var needs = ReadListAsync(person + "communication-needs", authorization, BaselineJsonContext.Default.BaselinePageBaselineCommunicationNeed, cancellationToken);
        await Task.WhenAll(workers, agreements, assessments, notes, needs).ConfigureAwait(false);
        return new BaselineRecord
        {
            Found = true,
            WorkerRelationships = await workers.ConfigureAwait(false),
            ServiceAgreements = await agreements.ConfigureAwait(false),
            Assessments = await assessments.ConfigureAwait(false),
            CaseNotes = await notes.ConfigureAwait(false),
            CommunicationNeeds = await needs.ConfigureAwait(false),
        };
    }

    private async Task<List<T>> ReadListAsync<T>(
        string path, AuthenticationHeaderValue authorization, JsonTypeInfo<BaselinePage<T>> typeInfo, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        int? page = 1;
        while (page is { } current)
        {
            using var request = new HttpRequestMessage(
                HttpMethod.Get,
                new Uri(authorityBaseUrl, string.Create(CultureInfo.InvariantCulture, $"{path}?page={current}&pageSize={PageSize}")));
            request.Headers.Authorization = authorization;
            var dto = await SendAsync(request, typeInfo, cancellationToken).ConfigureAwait(false);
            items.AddRange(dto.Items ?? []);
            page = dto.NextPage;
        }

        return items;
    }

    private async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync(body, typeInfo, cancellationToken).ConfigureAwait(false)
                ?? throw new JsonException("The body was the JSON null.");
        }
    }

    private async Task<AuthenticationHeaderValue> FetchTokenAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", clientId),
            new("client_secret", clientSecret),
        ]);
        using var response = await http.PostAsync(tokenUrl, form, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync(BaselineJsonContext.Default.BaselineToken, cancellationToken).ConfigureAwait(false);
        return new AuthenticationHeaderValue("Bearer", answer?.AccessToken ?? throw new JsonException("No access_token."));
    }
}

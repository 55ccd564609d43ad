using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using SocialCare.Mosaic.Sandbox;
using SocialCare.Mosaic.Sandbox.Faults;

namespace SocialCare.Benchmarks.Support;

/// <summary>
/// Every body the sandbox sent for one person at one authority, by path and query: the token, the person lookup
/// and each page of the five lists, read with the gateway's page size. Replayed by <see cref="ReplayHandler"/>.
/// </summary>
public sealed class CapturedMosaic
{
    private const int PageSize = 1000;

    private CapturedMosaic(Dictionary<string, byte[]> bodies, byte[] personSearch, Dictionary<string, List<byte[]>> pages)
    {
        Bodies = bodies;
        PersonSearch = personSearch;
        Pages = pages;
    }

    /// <summary>Each body by the request's path and query, e.g. <c>/E09000020/v1/persons/X/case-notes?page=1&amp;pageSize=1000</c>.</summary>
    public IReadOnlyDictionary<string, byte[]> Bodies { get; }

    public byte[] PersonSearch { get; }

    /// <summary>Each list's pages in order, by resource name (<see cref="SandboxResources.Lists"/>).</summary>
    public IReadOnlyDictionary<string, List<byte[]>> Pages { get; }

    public long TotalBytes => Bodies.Values.Sum(body => (long)body.Length);

    public static async Task<CapturedMosaic> CaptureAsync(MosaicSandbox sandbox, string authorityCode, string nhsNumber)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        using var http = new HttpClient();
        var bodies = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var tokenUrl = sandbox.TokenUrl(authorityCode);
        using var form = new FormUrlEncodedContent(
        [
            new("grant_type", "client_credentials"),
            new("client_id", BenchmarkSandbox.ClientId),
            new("client_secret", BenchmarkSandbox.ClientSecret),
        ]);
        using (var tokenResponse = (await http.PostAsync(tokenUrl, form)).EnsureSuccessStatusCode())
        {
            bodies[tokenUrl.PathAndQuery] = await tokenResponse.Content.ReadAsByteArrayAsync();
        }

        using var token = JsonDocument.Parse(bodies[tokenUrl.PathAndQuery]);
        var bearer = new AuthenticationHeaderValue("Bearer", token.RootElement.GetProperty("access_token").GetString());
        var baseUrl = sandbox.AuthorityBaseUrl(authorityCode);

        var personSearch = await GetAsync(http, new Uri(baseUrl, "v1/persons"), bearer, nhsNumber, bodies);
        using var persons = JsonDocument.Parse(personSearch);
        var personId = persons.RootElement.GetProperty("persons")[0].GetProperty("personId").GetString()!;

        var pages = new Dictionary<string, List<byte[]>>(StringComparer.Ordinal);
        foreach (var list in SandboxResources.Lists)
        {
            pages[list] = [];
            for (int? page = 1; page is { } current;)
            {
                var uri = new Uri(baseUrl, string.Create(
                    CultureInfo.InvariantCulture, $"v1/persons/{Uri.EscapeDataString(personId)}/{list}?page={current}&pageSize={PageSize}"));
                var body = await GetAsync(http, uri, bearer, nhsNumber: null, bodies);
                pages[list].Add(body);
                using var parsed = JsonDocument.Parse(body);
                page = parsed.RootElement.TryGetProperty("nextPage", out var next) && next.ValueKind == JsonValueKind.Number ? next.GetInt32() : null;
            }
        }

        return new CapturedMosaic(bodies, personSearch, pages);
    }

    private static async Task<byte[]> GetAsync(HttpClient http, Uri uri, AuthenticationHeaderValue bearer, string? nhsNumber, Dictionary<string, byte[]> bodies)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = bearer;
        if (nhsNumber is not null)
        {
            request.Headers.Add("X-NHS-Number", nhsNumber);
        }

        using var response = (await http.SendAsync(request)).EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync();
        bodies[uri.PathAndQuery] = body;
        return body;
    }
}

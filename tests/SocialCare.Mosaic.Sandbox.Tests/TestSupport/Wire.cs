using System.Text.Json.Nodes;

namespace SocialCare.Mosaic.Sandbox.Tests.TestSupport;

/// <summary>Requests as a Mosaic client sends them, over plain HTTP.</summary>
internal static class Wire
{
    public const string ApiKey = "sandbox-api-key";
    public const string Hammersmith = "E09000013";
    public const string DemoFullNhsNumber = "9990000018";
    public const string DemoFullPersonId = "MOS-13-0001";

    public static HttpRequestMessage Lookup(string authority, string? nhsNumber, string? apiKey = ApiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"{authority}/v1/persons");
        if (nhsNumber is not null)
        {
            request.Headers.Add("X-NHS-Number", nhsNumber);
        }

        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return request;
    }

    public static HttpRequestMessage List(string authority, string personId, string list, string query = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"{authority}/v1/persons/{personId}/{list}{query}");
        request.Headers.Add("X-Api-Key", ApiKey);
        return request;
    }

    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, Func<HttpRequestMessage> request)
    {
        using var message = request();
        return await client.SendAsync(message);
    }

    public static async Task<JsonObject> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<JsonArray> PersonsAsync(this HttpClient client, string authority, string nhsNumber)
    {
        using var response = await client.SendAsync(() => Lookup(authority, nhsNumber));
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
        return (await response.JsonAsync())["persons"]!.AsArray();
    }

    public static async Task<string> TokenAsync(this HttpClient client, string authority)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "sandbox-client",
            ["client_secret"] = "sandbox-secret",
        });
        using var response = await client.PostAsync(new Uri($"{authority}/oauth/token", UriKind.Relative), form);
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.OK));
        return (await response.JsonAsync())["access_token"]!.GetValue<string>();
    }
}

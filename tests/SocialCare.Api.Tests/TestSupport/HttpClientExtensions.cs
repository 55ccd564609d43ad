using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.TestSupport;

internal static class HttpClientExtensions
{
    /// <summary>Sends <paramref name="method"/> to <paramref name="path"/> as <paramref name="viewer"/> (none when null).</summary>
    public static async Task<Answer> AskAsync(
        this HttpClient client, HttpMethod method, string path, string? viewer, params (string Name, string Value)[] headers)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (viewer is not null)
        {
            request.Headers.Add(Demo.ViewerHeader, viewer);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await client.SendAsync(request);
        return await Answer.ReadAsync(response);
    }

    public static Task<Answer> GetAsync(this HttpClient client, string path, string? viewer, params (string Name, string Value)[] headers) =>
        client.AskAsync(HttpMethod.Get, path, viewer, headers);
}

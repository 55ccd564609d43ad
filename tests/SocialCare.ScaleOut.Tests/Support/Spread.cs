using System.Diagnostics;
using System.Net;

namespace SocialCare.ScaleOut.Tests.Support;

/// <summary>
/// The harness both runs share, as a round-robin load balancer would: one viewer's requests for one patient's JSON,
/// sent in turn to each Host, one at a time, counting the answers by status.
/// </summary>
internal static class Spread
{
    public const string Patient = "demo-full";

    public static async Task<SpreadResult> RequestsAsync(HttpClient client, IReadOnlyList<HostProcess> hosts, string viewer, int attempts, int permitsPerMinute)
    {
        var took = Stopwatch.StartNew();
        var statuses = new List<(string Host, HttpStatusCode Status)>();
        for (var i = 0; i < attempts; i++)
        {
            var host = hosts[i % hosts.Count];
            statuses.Add((host.Name, await GetAsync(client, host, viewer)));
        }

        var refillPeriod = TimeSpan.FromMinutes(1) / permitsPerMinute;
        return new SpreadResult(statuses, (int)Math.Ceiling(took.Elapsed / refillPeriod));
    }

    public static async Task<HttpStatusCode> GetAsync(HttpClient client, HostProcess host, string viewer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(host.BaseAddress, $"/api/v1/patients/{Patient}/social-care"));
        request.Headers.Add("X-Demo-Viewer", viewer);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}

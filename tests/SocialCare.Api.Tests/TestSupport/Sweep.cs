using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.TestSupport;

/// <summary>Every demo viewer (and the planted faults' viewers) asks for every patient on every route.</summary>
internal static class Sweep
{
    public static IReadOnlyList<string> Viewers { get; } =
    [
        .. Demo.Patients, .. Demo.Personas, Demo.UnknownViewer, BuggyViewerResolver.Viewer, FailingPatientDirectory.Viewer,
    ];

    public static async Task EveryViewerAndPatientAsync(HttpClient client)
    {
        foreach (var patient in Demo.Patients.Append(Demo.UnknownPatient))
        {
            foreach (var viewer in Viewers)
            {
                await client.GetAsync(Routes.View(patient), viewer);
                await client.GetAsync(Routes.Tab(patient), viewer);
                await client.GetAsync(Routes.Page(patient), viewer);
            }

            await client.GetAsync(Routes.View(patient), viewer: null);
            await client.AskAsync(HttpMethod.Post, Routes.View(patient), Demo.Full);
        }

        await client.GetAsync(Routes.View("bad!id"), Demo.Full);
    }

    /// <summary>
    /// The sweep through a Host with the planted faults and room for every request, and what it logged to the fake
    /// provider that <paramref name="logging"/> adds.
    /// </summary>
    public static async Task<IReadOnlyList<FakeLogRecord>> LogOfEveryViewerAndPatientAsync(Action<ILoggingBuilder> logging)
    {
        await using var host = new DemoHostFactory
        {
            Settings = new Dictionary<string, string?> { ["SocialCare:RateLimit:PermitsPerMinute"] = "1000" },
            TestServices = Faults.Plant,
            Logging = logging,
        };
        using var client = host.CreateClient();
        await EveryViewerAndPatientAsync(client);
        return host.Services.GetRequiredService<FakeLogCollector>().GetSnapshot();
    }
}

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
}

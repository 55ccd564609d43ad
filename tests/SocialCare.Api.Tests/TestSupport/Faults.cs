using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Api.Viewers;
using SocialCare.Application.Abstractions;
using SocialCare.Host.Demo;

namespace SocialCare.Api.Tests.TestSupport;

/// <summary>
/// A Host that can answer every status: <see cref="BuggyViewerResolver"/> and <see cref="FailingPatientDirectory"/>
/// around its own viewer seam and directory, and a low rate limit that <see cref="ExhaustAsync"/> uses up for
/// <see cref="ExhaustedViewer"/>. Every other viewer is answered by the Host as usual.
/// </summary>
internal static class Faults
{
    public const string ExhaustedViewer = "test-exhausted";

    // Enough for every other viewer of one fixture, few enough to use up quickly.
    private const int PermitsPerMinute = 20;

    public static DemoHostFactory Host(IReadOnlyDictionary<string, string?>? settings = null) => new()
    {
        Settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["SocialCare:RateLimit:PermitsPerMinute"] = PermitsPerMinute.ToString(CultureInfo.InvariantCulture),
        },
        TestServices = Plant,
    };

    public static void Plant(IServiceCollection services)
    {
        services.AddSingleton<ISocialCareViewerResolver>(sp =>
            new BuggyViewerResolver(ActivatorUtilities.CreateInstance<DemoViewerResolver>(sp)));
        services.AddSingleton<IPatientDirectory>(sp =>
            new FailingPatientDirectory(ActivatorUtilities.CreateInstance<DemoPatientDirectory>(sp)));
    }

    /// <summary>Uses up <see cref="ExhaustedViewer"/>'s permits, on the tab (which asks no Mosaic).</summary>
    public static async Task ExhaustAsync(HttpClient client)
    {
        for (var i = 0; i < PermitsPerMinute; i++)
        {
            await client.GetAsync(Routes.Tab(Demo.Full), ExhaustedViewer);
        }
    }
}

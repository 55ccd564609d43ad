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

    /// <summary>
    /// Asks as <see cref="ExhaustedViewer"/> until refused for the rate limit, and gives that answer. Its permits come
    /// back one every 3 s, and on a busy machine a fixture can take longer than that between <see cref="ExhaustAsync"/>
    /// and the question: asking again until refused makes the answer a test checks a 429 however long that was. Fails
    /// if no refusal comes within twice a minute's permits.
    /// </summary>
    public static async Task<Answer> AskUntilRefusedAsync(HttpClient client, HttpMethod method, string path)
    {
        Answer answer;
        var asked = 0;
        do
        {
            answer = await client.AskAsync(method, path, ExhaustedViewer);
        }
        while (answer.Status != 429 && ++asked < 2 * PermitsPerMinute);

        return answer.Status == 429 ? answer : throw new InvalidOperationException($"{method} {path} as {ExhaustedViewer} was never refused for the rate limit; last {answer.Status}.");
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

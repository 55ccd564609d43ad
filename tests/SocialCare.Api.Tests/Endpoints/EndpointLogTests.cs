using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Endpoints;

/// <summary>
/// The endpoints' own log events: 3001 for a bug (its types, stack and trace id, never its message) and 3002 for a
/// viewer over the rate limit (no ids at all). Checked as written without scopes: ASP.NET Core's request scope holds
/// the path, and so the patient id, on every line of a request (docs/embedding.md, Logging).
/// </summary>
public class EndpointLogTests : DemoHostFixture
{
    private const string GuardCategory = "SocialCare.Api.Edge.EdgeGuardFilter";
    private const string RateLimitCategory = "SocialCare.Api.Edge.ViewerRateLimitFilter";

    private protected override DemoHostFactory CreateHost() => new()
    {
        Settings = new Dictionary<string, string?> { ["SocialCare:RateLimit:PermitsPerMinute"] = "2" },
        TestServices = Faults.Plant,
        Logging = logging => logging.AddFakeLogging().AddFilter<FakeLoggerProvider>(null, LogLevel.Information),
    };

    [Test]
    public async Task Bug_is_logged_with_its_types_and_trace_id_but_not_its_message()
    {
        var answer = await Client.GetAsync(Routes.View(Demo.Full), BuggyViewerResolver.Viewer);
        var traceId = answer.Json().GetProperty("traceId").GetString()!;

        var logged = Records(GuardCategory, 3001).Single(r => r.Message.Contains(traceId, StringComparison.Ordinal));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(logged.Level, Is.EqualTo(LogLevel.Error));
            Assert.That(logged.Message, Does.Contain("System.InvalidOperationException").And.Contain("BuggyViewerResolver.ResolveViewerIdAsync"));
            Assert.That(LogText.Written(logged), Does.Not.Contain("Planted").And.Not.Contain("9990000018").And.Not.Contain(Demo.Full));
            Assert.That(logged.Exception, Is.Null, "the exception object would carry its message to every provider");
        }
    }

    [Test]
    public async Task Viewer_over_the_limit_is_logged_without_any_id()
    {
        const string viewer = "demo-carer-with-label";
        for (var i = 0; i < 3; i++)
        {
            await Client.GetAsync(Routes.Tab(Demo.Full), viewer);
        }

        var logged = Records(RateLimitCategory, 3002);

        Assert.That(logged, Is.Not.Empty);
        Assert.That(logged.Select(r => r.Level), Is.All.EqualTo(LogLevel.Information));
        Assert.That(logged.Select(LogText.Written), Has.None.Contain(viewer).And.None.Contain(Demo.Full));
    }

    private List<FakeLogRecord> Records(string category, int eventId) =>
        [.. App.Services.GetRequiredService<FakeLogCollector>().GetSnapshot().Where(r => r.Category == category && r.Id.Id == eventId)];
}

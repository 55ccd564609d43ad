using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.Application.Abstractions;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Edge;

/// <summary>
/// The per-viewer rate limit is a seam (<see cref="ViewerRateLimiting.ServiceKey"/>): a limiter a host registers is
/// the one asked, once per admitted request, by viewer id, asynchronously; its refusals are SocialCare's 429s.
/// </summary>
public class ViewerRateLimitSeamTests : DemoHostFixture
{
    private readonly RecordingRateLimiter _limiter = new();

    // Four a minute: a refusal that names no wait is told one refill period, 15 s.
    private protected override DemoHostFactory CreateHost() => new()
    {
        Settings = new Dictionary<string, string?> { ["SocialCare:RateLimit:PermitsPerMinute"] = "4" },
        TestServices = services => services.AddKeyedSingleton<PartitionedRateLimiter<string>>(ViewerRateLimiting.ServiceKey, _limiter),
    };

    [SetUp]
    public void ForgetEarlierRequests() => _limiter.Forget();

    [OneTimeTearDown]
    public void DisposeLimiter() => _limiter.Dispose();

    [Test]
    public async Task Replacement_is_asked_for_one_permit_of_the_viewers_on_every_route()
    {
        var answers = new[]
        {
            await Client.GetAsync(Routes.View(Demo.Full), Demo.Full),
            await Client.GetAsync(Routes.Tab(Demo.Full), Demo.CarerWithLabel),
            await Client.GetAsync(Routes.Page(Demo.Full), Demo.Unrelated),
        };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answers.Select(a => a.Status), Is.EqualTo(new[] { 200, 200, 403 }), "the synchronous path throws, so a 200 shows it was not used");
            Assert.That(_limiter.Asked, Is.EqualTo(new[] { Demo.Full, Demo.CarerWithLabel, Demo.Unrelated }));
            Assert.That(_limiter.Outstanding, Is.Zero, "every lease is returned once the answer is written");
        }
    }

    [Test]
    public async Task Answers_given_before_the_viewer_is_known_take_no_permit()
    {
        var answers = new[]
        {
            await Client.AskAsync(HttpMethod.Post, Routes.View(Demo.Full), Demo.Full),
            await Client.AskAsync(new HttpMethod("get"), Routes.Page(Demo.Full), Demo.Full),
            await Client.GetAsync(Routes.View("bad!id"), Demo.Full),
            await Client.GetAsync(Routes.Tab(Demo.Full) + "?a=b", Demo.Full),
            await Client.GetAsync(Routes.View(Demo.Full), viewer: null),
        };

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answers.Select(a => a.Status), Is.EqualTo(new[] { 405, 405, 400, 400, 401 }));
            Assert.That(_limiter.Asked, Is.Empty);
        }
    }

    [TestCase("/api/v1/patients/demo-full/social-care")]
    [TestCase("/patients/demo-full/social-care")]
    public async Task Refusal_that_names_its_wait_is_a_429_with_that_wait(string path)
    {
        var answer = await Client.GetAsync(path, RecordingRateLimiter.RefusedWithWait);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(429));
            Assert.That(answer.Header("Retry-After"), Is.EqualTo("42"));
            Assert.That(answer.Header("Cache-Control"), Is.EqualTo("no-store"));
            Assert.That(answer.ProblemCode() ?? answer.Title, Is.AnyOf("social-care.rate-limited", PageTitles.For("social-care.rate-limited")));
        }
    }

    [Test]
    public async Task Refusal_that_names_no_wait_is_told_one_refill_period()
    {
        var answer = await Client.GetAsync(Routes.Tab(Demo.Full), RecordingRateLimiter.RefusedWithoutWait);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(429));
            Assert.That(answer.ProblemCode(), Is.EqualTo("social-care.rate-limited"));
            Assert.That(answer.Header("Retry-After"), Is.EqualTo("15"));
        }
    }

    [Test]
    public void Limiter_registered_before_AddSocialCare_is_kept()
    {
        using var mine = new RecordingRateLimiter();
        var services = new ServiceCollection();
        services.AddKeyedSingleton<PartitionedRateLimiter<string>>(ViewerRateLimiting.ServiceKey, mine);

        services.AddSocialCare(new ConfigurationBuilder().Build());

        using var provider = services.BuildServiceProvider();
        Assert.That(provider.GetRequiredKeyedService<PartitionedRateLimiter<string>>(ViewerRateLimiting.ServiceKey), Is.SameAs(mine));
    }

    [Test]
    public async Task Default_is_a_limiter_in_memory_per_viewer()
    {
        var services = new ServiceCollection();
        services.AddSocialCare(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SocialCare:RateLimit:PermitsPerMinute"] = "1",
        }).Build());
        await using var provider = services.BuildServiceProvider();
        var limiter = provider.GetRequiredKeyedService<PartitionedRateLimiter<string>>(ViewerRateLimiting.ServiceKey);

        using var first = await limiter.AcquireAsync("viewer-a");
        using var second = await limiter.AcquireAsync("viewer-a");
        using var other = await limiter.AcquireAsync("viewer-b");

        Assert.That(new[] { first.IsAcquired, second.IsAcquired, other.IsAcquired }, Is.EqualTo(new[] { true, false, true }));
    }
}

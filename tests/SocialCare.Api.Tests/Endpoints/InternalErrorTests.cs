using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Endpoints;

/// <summary>
/// A bug inside SocialCare's endpoint is a bare 500 <c>social-care.internal-error</c>: a trace id and nothing of the
/// exception. A failing directory is not a bug but an answer (spec §1 step 3): 503 <c>social-care.unavailable</c>.
/// </summary>
public class InternalErrorTests : DemoHostFixture
{
    private protected override DemoHostFactory CreateHost() => Faults.Host();

    [TestCase("/api/v1/patients/demo-full/social-care")]
    [TestCase("/api/v1/patients/demo-full/social-care/tab")]
    public async Task Bug_in_the_endpoint_is_an_internal_error_with_only_a_trace_id(string path)
    {
        var answer = await Client.GetAsync(path, BuggyViewerResolver.Viewer);

        var problem = answer.Json();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(500));
            Assert.That(answer.ContentType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "type", "title", "status", "detail", "code", "traceId" }));
            Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("social-care.internal-error"));
            Assert.That(problem.GetProperty("traceId").GetString(), Does.Match("^[0-9a-f]{32}$"));
            Assert.That(answer.Body, Does.Not.Contain("Planted").And.Not.Contain("InvalidOperation"));
        }

        Leaks.AssertNoneIn(answer.Body, "the internal error");
    }

    [Test]
    public async Task Bug_behind_the_page_is_the_something_went_wrong_page()
    {
        var answer = await Client.GetAsync(Routes.Page(Demo.Full), BuggyViewerResolver.Viewer);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(500));
            Assert.That(answer.Title, Is.EqualTo(PageTitles.For("social-care.internal-error")));
            Assert.That(answer.Body, Does.Not.Contain("Planted").And.Not.Contain("InvalidOperation"));
            Assert.That(answer.Body, Does.Match("If you contact support, quote this reference: <code>[0-9a-f]{32}</code>"));
        }

        Leaks.AssertNoneIn(answer.Body, "the internal error page");
    }

    [TestCase("/api/v1/patients/demo-full/social-care")]
    [TestCase("/api/v1/patients/demo-full/social-care/tab")]
    public async Task Directory_that_throws_is_unavailable_not_an_internal_error(string path)
    {
        var answer = await Client.GetAsync(path, FailingPatientDirectory.Viewer);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(503));
            Assert.That(answer.ProblemCode(), Is.EqualTo("social-care.unavailable"));
            Assert.That(answer.Header("Retry-After"), Is.EqualTo("30"));
            Assert.That(answer.Body, Does.Not.Contain("timed out"));
        }

        Leaks.AssertNoneIn(answer.Body, "the unavailable problem");
    }
}

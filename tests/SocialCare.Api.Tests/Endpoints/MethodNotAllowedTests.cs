using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Endpoints;

/// <summary>Spec §2: anything but GET on SocialCare's routes, HEAD included, is a 405 that allows GET.</summary>
public class MethodNotAllowedTests : DemoHostFixture
{
    [Test]
    public async Task Api_refuses_every_method_but_get_with_a_problem(
        [Values("POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")] string method,
        [Values("/api/v1/patients/demo-full/social-care", "/api/v1/patients/demo-full/social-care/tab", "/api/v1/patients/demo-full/social-care/access-history")] string path)
    {
        var answer = await Client.AskAsync(new HttpMethod(method), path, Demo.Full);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(405));
            Assert.That(answer.Header("Allow"), Is.EqualTo("GET"));
            Assert.That(answer.ContentType, Is.EqualTo("application/problem+json"));
            if (method != "HEAD")
            {
                Assert.That(answer.ProblemCode(), Is.EqualTo("social-care.method-not-allowed"));
            }
        }
    }

    [Test]
    public async Task Page_refuses_every_method_but_get_with_html(
        [Values("POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")] string method,
        [Values("/patients/demo-full/social-care", "/patients/demo-full/social-care/access-history")] string path)
    {
        var answer = await Client.AskAsync(new HttpMethod(method), path, Demo.Full);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(405));
            Assert.That(answer.Header("Allow"), Is.EqualTo("GET"));
            Assert.That(answer.ContentType, Is.EqualTo("text/html; charset=utf-8"));
            if (method != "HEAD")
            {
                Assert.That(answer.Title, Is.EqualTo(PageTitles.For("social-care.method-not-allowed")));
            }
        }
    }

    // RFC 9110 §9.1: the method token is case-sensitive, and GET is GET; ASP.NET Core's routing matches methods
    // ignoring case, so these reach the GET endpoints unless the endpoints look for themselves.
    [Test]
    public async Task Get_in_another_case_is_another_method(
        [Values("get", "Get", "gET")] string method,
        [Values(
            "/api/v1/patients/demo-full/social-care",
            "/api/v1/patients/demo-full/social-care/tab",
            "/patients/demo-full/social-care",
            "/api/v1/patients/demo-full/social-care/access-history",
            "/patients/demo-full/social-care/access-history")] string path)
    {
        var answer = await Client.AskAsync(new HttpMethod(method), path, Demo.Full);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(405));
            Assert.That(answer.Header("Allow"), Is.EqualTo("GET"));
            Assert.That(answer.Header("Cache-Control"), Is.EqualTo("no-store"));
            if (path.StartsWith("/api/", StringComparison.Ordinal))
            {
                Assert.That(answer.ProblemCode(), Is.EqualTo("social-care.method-not-allowed"));
            }
            else
            {
                Assert.That(answer.Title, Is.EqualTo(PageTitles.For("social-care.method-not-allowed")));
            }
        }
    }

    [Test]
    public async Task Method_is_refused_without_a_viewer()
    {
        var answer = await Client.AskAsync(HttpMethod.Post, Routes.View(Demo.Full), viewer: null);

        Assert.That(answer.Status, Is.EqualTo(405));
    }
}

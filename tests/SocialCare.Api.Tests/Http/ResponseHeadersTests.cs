using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Http;

/// <summary>Every response of the view, the tab and the page carries the protective headers, whatever its status.</summary>
public class ResponseHeadersTests : DemoHostFixture
{
    private const string Bug = BuggyViewerResolver.Viewer;
    private const string DirectoryDown = FailingPatientDirectory.Viewer;
    private const string Exhausted = Faults.ExhaustedViewer;

    private protected override DemoHostFactory CreateHost() => Faults.Host();

    [OneTimeSetUp]
    public Task UseUpTheExhaustedViewersPermits() => Faults.ExhaustAsync(Client);

    [TestCase("GET", "/api/v1/patients/demo-full/social-care", "demo-full", 200)]
    [TestCase("GET", "/api/v1/patients/bad!id/social-care", "demo-full", 400)]
    [TestCase("GET", "/api/v1/patients/demo-full/social-care", null, 401)]
    [TestCase("GET", "/api/v1/patients/demo-full/social-care", "demo-unrelated", 403)]
    [TestCase("GET", "/api/v1/patients/demo-not-known/social-care", "demo-not-known", 404)]
    [TestCase("DELETE", "/api/v1/patients/demo-full/social-care", "demo-full", 405)]
    [TestCase("GET", "/api/v1/patients/demo-record-mismatch/social-care", "demo-record-mismatch", 409)]
    [TestCase("GET", "/api/v1/patients/demo-no-nhs-number/social-care", "demo-no-nhs-number", 422)]
    [TestCase("GET", "/api/v1/patients/demo-full/social-care", Exhausted, 429)]
    [TestCase("GET", "/api/v1/patients/demo-full/social-care", Bug, 500)]
    [TestCase("GET", "/api/v1/patients/demo-unavailable/social-care", "demo-unavailable", 503)]
    [TestCase("GET", "/api/v1/patients/demo-full/social-care/tab", "demo-full", 200)]
    [TestCase("GET", "/api/v1/patients/bad!id/social-care/tab", "demo-full", 400)]
    [TestCase("GET", "/api/v1/patients/demo-full/social-care/tab", null, 401)]
    [TestCase("POST", "/api/v1/patients/demo-full/social-care/tab", "demo-full", 405)]
    [TestCase("GET", "/api/v1/patients/demo-full/social-care/tab", Exhausted, 429)]
    [TestCase("GET", "/api/v1/patients/demo-full/social-care/tab", Bug, 500)]
    [TestCase("GET", "/api/v1/patients/demo-full/social-care/tab", DirectoryDown, 503)]
    [TestCase("GET", "/api/v1/patients/demo-full/social-care/access-history", "demo-full", 200)]
    [TestCase("GET", "/api/v1/patients/demo-full/social-care/access-history?before=x", "demo-full", 400)]
    [TestCase("GET", "/api/v1/patients/demo-full/social-care/access-history", null, 401)]
    [TestCase("GET", "/api/v1/patients/demo-full/social-care/access-history", "demo-carer-with-label", 403)]
    [TestCase("HEAD", "/api/v1/patients/demo-full/social-care/access-history", "demo-full", 405)]
    [TestCase("GET", "/api/v1/patients/demo-full/social-care/access-history", Exhausted, 429)]
    [TestCase("GET", "/api/v1/patients/demo-full/social-care/access-history", Bug, 500)]
    [TestCase("GET", "/api/v1/patients/demo-full/social-care/access-history", DirectoryDown, 503)]
    public async Task Api_answers_carry_the_protective_headers(string method, string path, string? viewer, int status)
    {
        var answer = await AskAsync(method, path, viewer);

        AssertProtected(answer, status, "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'");
        Assert.That(answer.ContentType, Does.StartWith(status == 200 ? "application/json" : "application/problem+json"));
    }

    [TestCase("GET", "/patients/demo-full/social-care", "demo-full", 200)]
    [TestCase("GET", "/patients/bad!id/social-care", "demo-full", 400)]
    [TestCase("GET", "/patients/demo-full/social-care", null, 401)]
    [TestCase("GET", "/patients/demo-full/social-care", "demo-unrelated", 403)]
    [TestCase("GET", "/patients/demo-not-known/social-care", "demo-not-known", 404)]
    [TestCase("PUT", "/patients/demo-full/social-care", "demo-full", 405)]
    [TestCase("GET", "/patients/demo-record-mismatch/social-care", "demo-record-mismatch", 409)]
    [TestCase("GET", "/patients/demo-invalid-nhs-number/social-care", "demo-invalid-nhs-number", 422)]
    [TestCase("GET", "/patients/demo-full/social-care", Exhausted, 429)]
    [TestCase("GET", "/patients/demo-full/social-care", Bug, 500)]
    [TestCase("GET", "/patients/demo-unavailable/social-care", "demo-unavailable", 503)]
    [TestCase("GET", "/patients/demo-full/social-care/access-history", "demo-full", 200)]
    [TestCase("GET", "/patients/demo-full/social-care/access-history?pageSize=5", "demo-full", 400)]
    [TestCase("GET", "/patients/demo-full/social-care/access-history", null, 401)]
    [TestCase("GET", "/patients/demo-full/social-care/access-history", "demo-team-professional", 403)]
    [TestCase("POST", "/patients/demo-full/social-care/access-history", "demo-full", 405)]
    [TestCase("GET", "/patients/demo-full/social-care/access-history", Exhausted, 429)]
    [TestCase("GET", "/patients/demo-full/social-care/access-history", Bug, 500)]
    [TestCase("GET", "/patients/demo-full/social-care/access-history", DirectoryDown, 503)]
    public async Task Page_answers_carry_the_protective_headers(string method, string path, string? viewer, int status)
    {
        var answer = await AskAsync(method, path, viewer);

        AssertProtected(
            answer,
            status,
            "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'self'");
        Assert.That(answer.ContentType, Is.EqualTo("text/html; charset=utf-8"));
    }

    /// <summary>The question as <paramref name="viewer"/>; as the exhausted viewer, until refused (<see cref="Faults.AskUntilRefusedAsync"/>).</summary>
    private Task<Answer> AskAsync(string method, string path, string? viewer) =>
        viewer == Exhausted
            ? Faults.AskUntilRefusedAsync(Client, new HttpMethod(method), path)
            : Client.AskAsync(new HttpMethod(method), path, viewer);

    private static void AssertProtected(Answer answer, int status, string policy)
    {
        Assert.That(answer.Status, Is.EqualTo(status), answer.Body);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Header("Cache-Control"), Is.EqualTo("no-store"));
            Assert.That(answer.Header("Pragma"), Is.EqualTo("no-cache"), "HTTP/1.0 caches read Pragma, not Cache-Control");
            Assert.That(answer.Header("Content-Security-Policy"), Is.EqualTo(policy));
            Assert.That(answer.Header("X-Content-Type-Options"), Is.EqualTo("nosniff"));
            Assert.That(answer.Header("Referrer-Policy"), Is.EqualTo("no-referrer"));
        }
    }
}

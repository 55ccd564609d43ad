using Microsoft.AspNetCore.Mvc.Testing;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Host;

/// <summary>
/// What the Host serves beside SocialCare's routes (the start page, its persona switcher, the OpenAPI document, the
/// health probes, and the answers of no route at all) carries the same protective headers: never stored, no
/// sniffing, no referrer, and a Content-Security-Policy that allows nothing it does not need.
/// </summary>
public class HostResponseHeadersTests : DemoHostFixture
{
    [TestCase("GET", "/", 200)]
    [TestCase("POST", "/demo/viewer", 302)]
    [TestCase("GET", "/no-such-page", 404)]
    [TestCase("GET", "/api/v1/patients", 404)]
    [TestCase("DELETE", "/", 405)]
    [TestCase("GET", "/openapi/v1.json", 200)]
    [TestCase("GET", "/health/live", 200)]
    [TestCase("GET", "/health/ready", 200)]
    [TestCase("GET", "/health/mosaic", 200)]
    public async Task Host_answer_carries_the_protective_headers(string method, string path, int status)
    {
        // The switcher's redirect is the answer looked at, not the start page it leads to.
        using var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var answer = await client.AskAsync(new HttpMethod(method), path, viewer: null);

        Assert.That(answer.Status, Is.EqualTo(status));
        using (Assert.EnterMultipleScope())
        {
            // The health probes write "no-store, no-cache" themselves.
            Assert.That(answer.Header("Cache-Control"), Does.StartWith("no-store"));
            Assert.That(answer.Header("Pragma"), Is.EqualTo("no-cache"));
            Assert.That(answer.Header("X-Content-Type-Options"), Is.EqualTo("nosniff"));
            Assert.That(answer.Header("Referrer-Policy"), Is.EqualTo("no-referrer"));
            Assert.That(answer.Header("Content-Security-Policy"), Does.StartWith("default-src 'none';").And.Contain("frame-ancestors 'none'"));
        }
    }

    [Test]
    public async Task Start_page_keeps_its_own_policy_which_allows_its_stylesheet()
    {
        var answer = await Client.GetAsync("/", viewer: null);

        Assert.That(
            answer.Header("Content-Security-Policy"),
            Is.EqualTo("default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"));
    }

    [Test]
    public async Task Socialcare_routes_keep_their_own_headers()
    {
        var answer = await Client.GetAsync(Routes.View(Demo.Full), Demo.Full);

        Assert.That(answer.Header("Content-Security-Policy"), Is.EqualTo("default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"));
    }
}

using SocialCare.Api.Tests.TestSupport;

namespace SocialCare.Api.Tests.Http;

/// <summary>
/// The page's files, embedded in the library: versioned files cached for a year, the starter module revalidated by
/// its ETag; every answer, whatever its status, with nosniff, no referrer and a Content-Security-Policy, and every
/// answer that is not a file (404, 405) never stored.
/// </summary>
public class SocialCareAssetsTests : DemoHostFixture
{
    private const string Policy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    [TestCase("nhsuk-frontend/nhsuk-frontend-10.6.1.min.css", "text/css; charset=utf-8", "public, max-age=31536000, immutable")]
    [TestCase("nhsuk-frontend/nhsuk-frontend-10.6.1.min.js", "text/javascript; charset=utf-8", "public, max-age=31536000, immutable")]
    [TestCase("social-care.mjs", "text/javascript; charset=utf-8", "no-cache")]
    public async Task Asset_is_served_with_its_type_caching_and_protective_headers(string path, string contentType, string cacheControl)
    {
        using var response = await Client.GetAsync(new Uri("/social-care-assets/" + path, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        var answer = await Answer.ReadAsync(response);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(200));
            Assert.That(answer.ContentType, Is.EqualTo(contentType));
            Assert.That(answer.Header("Cache-Control"), Is.EqualTo(cacheControl));
            Assert.That(answer.Header("Pragma"), Is.Null);
            Assert.That(answer.Header("ETag"), Does.Match("^\"[A-Za-z0-9_-]+\"$"));
            AssertProtected(answer);
            Assert.That(body, Has.Length.GreaterThan(100));
        }
    }

    [TestCase("nhsuk-frontend/nhsuk-frontend-10.6.1.min.css", "public, max-age=31536000, immutable")]
    [TestCase("social-care.mjs", "no-cache")]
    public async Task Asset_unchanged_since_the_browsers_copy_is_a_304_with_the_same_headers(string path, string cacheControl)
    {
        var first = await Client.GetAsync("/social-care-assets/" + path, viewer: null);
        var etag = first.Header("ETag")!;

        var answer = await Client.GetAsync("/social-care-assets/" + path, viewer: null, ("If-None-Match", $"\"other\", {etag}"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(304));
            Assert.That(answer.Body, Is.Empty);
            Assert.That(answer.Header("ETag"), Is.EqualTo(etag));
            Assert.That(answer.Header("Cache-Control"), Is.EqualTo(cacheControl));
            AssertProtected(answer);
        }
    }

    [Test]
    public async Task Asset_changed_since_the_browsers_copy_is_sent_whole()
    {
        var answer = await Client.GetAsync("/social-care-assets/social-care.mjs", viewer: null, ("If-None-Match", "\"an-older-version\""));

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(answer.Body, Is.Not.Empty);
    }

    [TestCase("nhsuk-frontend/LICENSE.md")]
    [TestCase("nhsuk-frontend/nhsuk-frontend-9.0.0.min.css")]
    [TestCase("nhsuk-frontend/..%2F..%2Fappsettings.json")]
    [TestCase("")]
    public async Task Anything_else_is_not_found_and_never_stored(string path)
    {
        var answer = await Client.GetAsync("/social-care-assets/" + path, viewer: null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(404));
            Assert.That(answer.Body, Is.Empty);
            AssertNeverStored(answer);
            AssertProtected(answer);
        }
    }

    [Test]
    public async Task Any_method_but_get_is_refused_and_never_stored(
        [Values("POST", "PUT", "DELETE", "HEAD", "OPTIONS", "get", "Get")] string method,
        [Values("social-care.mjs", "nhsuk-frontend/LICENSE.md")] string path)
    {
        var answer = await Client.AskAsync(new HttpMethod(method), "/social-care-assets/" + path, viewer: null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(405));
            Assert.That(answer.Header("Allow"), Is.EqualTo("GET"));
            Assert.That(answer.Body, Is.Empty);
            AssertNeverStored(answer);
            AssertProtected(answer);
        }
    }

    private static void AssertProtected(Answer answer)
    {
        Assert.That(answer.Header("X-Content-Type-Options"), Is.EqualTo("nosniff"));
        Assert.That(answer.Header("Referrer-Policy"), Is.EqualTo("no-referrer"));
        Assert.That(answer.Header("Content-Security-Policy"), Is.EqualTo(Policy));
    }

    private static void AssertNeverStored(Answer answer)
    {
        Assert.That(answer.Header("Cache-Control"), Is.EqualTo("no-store"));
        Assert.That(answer.Header("Pragma"), Is.EqualTo("no-cache"));
    }
}

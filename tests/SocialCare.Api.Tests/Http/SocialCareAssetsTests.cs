using SocialCare.Api.Tests.TestSupport;

namespace SocialCare.Api.Tests.Http;

/// <summary>The page's files, embedded in the library: versioned files cached for a year, the starter module revalidated.</summary>
public class SocialCareAssetsTests : DemoHostFixture
{
    [TestCase("nhsuk-frontend/nhsuk-frontend-10.6.1.min.css", "text/css; charset=utf-8", "public, max-age=31536000, immutable")]
    [TestCase("nhsuk-frontend/nhsuk-frontend-10.6.1.min.js", "text/javascript; charset=utf-8", "public, max-age=31536000, immutable")]
    [TestCase("social-care.mjs", "text/javascript; charset=utf-8", "no-cache")]
    public async Task Asset_is_served_with_its_type_and_caching(string path, string contentType, string cacheControl)
    {
        using var response = await Client.GetAsync(new Uri("/social-care-assets/" + path, UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo(contentType));
            Assert.That(response.Headers.CacheControl?.ToString(), Is.EqualTo(cacheControl));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(body, Has.Length.GreaterThan(100));
        }
    }

    [TestCase("nhsuk-frontend/LICENSE.md")]
    [TestCase("nhsuk-frontend/nhsuk-frontend-9.0.0.min.css")]
    [TestCase("../appsettings.json")]
    [TestCase("")]
    public async Task Anything_else_is_not_found(string path)
    {
        using var response = await Client.GetAsync(new Uri("/social-care-assets/" + path, UriKind.Relative));

        Assert.That((int)response.StatusCode, Is.EqualTo(404));
        Assert.That(await response.Content.ReadAsStringAsync(), Is.Empty);
    }
}

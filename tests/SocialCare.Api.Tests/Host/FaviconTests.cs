using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using SocialCare.Api.Tests.TestSupport;

namespace SocialCare.Api.Tests.Host;

/// <summary>
/// The Host answers the browser's own request for <c>/favicon.ico</c> with an icon (a 404 there is a console error on
/// every page), cacheable for a day and revalidated by its ETag, with the Host's protective headers.
/// </summary>
public class FaviconTests : DemoHostFixture
{
    [Test]
    public async Task Favicon_is_a_small_icon_cached_for_a_day()
    {
        using var response = await Client.GetAsync(new Uri("/favicon.ico", UriKind.Relative));
        var body = await response.Content.ReadAsByteArrayAsync();
        var answer = await Answer.ReadAsync(response);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(200));
            Assert.That(answer.ContentType, Is.EqualTo("image/x-icon"));
            Assert.That(body[..4], Is.EqualTo(new byte[] { 0, 0, 1, 0 }), "an ICO file's header: reserved 0, type 1 (icon)");
            Assert.That(body, Has.Length.InRange(100, 1024));
            Assert.That(answer.Header("Cache-Control"), Is.EqualTo("public, max-age=86400"));
            Assert.That(answer.Header("Pragma"), Is.Null);
            Assert.That(answer.Header("ETag"), Is.EqualTo("\"" + WebEncoders.Base64UrlEncode(SHA256.HashData(body), 0, 16) + "\""));
            Assert.That(answer.Header("X-Content-Type-Options"), Is.EqualTo("nosniff"));
            Assert.That(answer.Header("Content-Security-Policy"), Does.StartWith("default-src 'none';"));
        }
    }

    [Test]
    public async Task Favicon_unchanged_since_the_browsers_copy_is_a_304()
    {
        var etag = (await Client.GetAsync("/favicon.ico", viewer: null)).Header("ETag")!;

        var answer = await Client.GetAsync("/favicon.ico", viewer: null, ("If-None-Match", etag));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(304));
            Assert.That(answer.Body, Is.Empty);
            Assert.That(answer.Header("ETag"), Is.EqualTo(etag));
        }
    }
}

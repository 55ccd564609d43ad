using System.IO.Compression;
using System.Security.Cryptography;
using SocialCare.Api.Http;
using SocialCare.Api.Tests.TestSupport;

namespace SocialCare.Api.Tests.Http;

/// <summary>
/// The page's stylesheet, embedded in the library and named by its content: cached for a year as immutable, sent in
/// the form <c>Accept-Encoding</c> prefers (Brotli, gzip or as built), each form with its own length and ETag; every
/// answer, whatever its status, with nosniff, no referrer and a Content-Security-Policy, and every answer that is not
/// a file (404, 405) never stored.
/// </summary>
public class SocialCareAssetsTests : DemoHostFixture
{
    private const string Policy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";
    private const string Path = "/social-care-assets/" + SocialCareAssets.Stylesheet;
    private const string Versioned = "public, max-age=31536000, immutable";

    [Test]
    public async Task Stylesheet_is_served_as_built_with_its_type_caching_and_protective_headers()
    {
        var (answer, body) = await GetAsync(Path);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(200));
            Assert.That(answer.ContentType, Is.EqualTo("text/css; charset=utf-8"));
            Assert.That(answer.Header("Content-Encoding"), Is.Null);
            Assert.That(answer.Header("Content-Length"), Is.EqualTo(body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(answer.Header("Vary"), Is.EqualTo("Accept-Encoding"));
            Assert.That(answer.Header("Cache-Control"), Is.EqualTo(Versioned));
            Assert.That(answer.Header("Pragma"), Is.Null);
            Assert.That(answer.Header("ETag"), Does.Match("^\"[A-Za-z0-9_-]+\"$"));
            AssertProtected(answer);
            Assert.That(body, Is.EqualTo(SocialCareAssets.Read(SocialCareAssets.Stylesheet, coding: null).ToArray()));
        }
    }

    [Test]
    public void Stylesheet_is_named_by_its_content_so_a_changed_byte_is_a_new_address()
    {
        var bytes = SocialCareAssets.Read(SocialCareAssets.Stylesheet, coding: null).ToArray();
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];

        Assert.That($"social-care-{hash}.css", Is.EqualTo(SocialCareAssets.Stylesheet), "edited by hand? Build it: npm run build in src/Api/Assets");
    }

    [Test]
    public void Stylesheet_asks_for_no_font_and_nothing_from_another_origin()
    {
        var css = System.Text.Encoding.UTF8.GetString(SocialCareAssets.Read(SocialCareAssets.Stylesheet, coding: null).Span);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(css, Does.Not.Contain("@font-face"));
            Assert.That(css, Does.Not.Contain("@import"));
            Assert.That(css, Does.Not.Match("url\\(\\s*[\"']?(https?:)?//"));
        }
    }

    // Browsers today send "gzip, deflate, br, zstd"; the rest are RFC 9110's rules, q-values first.
    [TestCase("br", "br")]
    [TestCase("gzip", "gzip")]
    [TestCase("gzip, deflate, br, zstd", "br")]
    [TestCase("BR, GZip", "br")]
    [TestCase("x-gzip", "gzip")]
    [TestCase("br;q=0.5, gzip", "gzip")]
    [TestCase("gzip;q=0.8, br;q=0.8", "br")]
    [TestCase("br;q=0, gzip;q=0.1", "gzip")]
    [TestCase("br;q=0, *", "gzip")]
    [TestCase("*", "br")]
    [TestCase("*;q=0.5, gzip", "gzip")]
    [TestCase("gzip;q=0.2", "gzip")]
    [TestCase("br;q=0.5, identity", null)]
    [TestCase("br;q=0.5, *", "gzip")]
    [TestCase("br;q=0.4, identity;q=0.4", "br")]
    [TestCase("identity", null)]
    [TestCase("deflate, zstd", null)]
    [TestCase("br;q=0, gzip;q=0", null)]
    [TestCase("*;q=0", null)]
    [TestCase("identity;q=0", null)]
    [TestCase("identity;q=0, *;q=0", null)]
    [TestCase("", null)]
    [TestCase("br;q=high", null)]
    public async Task Stylesheet_comes_in_the_coding_accept_encoding_prefers_with_its_length_and_etag(string acceptEncoding, string? expected)
    {
        var (answer, body) = await GetAsync(Path, ("Accept-Encoding", acceptEncoding));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(200));
            Assert.That(answer.Header("Content-Encoding"), Is.EqualTo(expected));
            Assert.That(answer.ContentType, Is.EqualTo("text/css; charset=utf-8"));
            Assert.That(answer.Header("Vary"), Is.EqualTo("Accept-Encoding"));
            Assert.That(answer.Header("Cache-Control"), Is.EqualTo(Versioned));
            Assert.That(answer.Header("Content-Length"), Is.EqualTo(body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(answer.Header("ETag"), Is.EqualTo(await ETagOfAsync(expected)));
            AssertProtected(answer);
            Assert.That(Decode(body, expected), Is.EqualTo(SocialCareAssets.Read(SocialCareAssets.Stylesheet, coding: null).ToArray()));
        }
    }

    [Test]
    public async Task Compressed_forms_are_smaller_than_a_sixth_of_the_stylesheet_and_each_has_its_own_etag()
    {
        var plain = await GetAsync(Path);
        var brotli = await GetAsync(Path, ("Accept-Encoding", "br"));
        var gzip = await GetAsync(Path, ("Accept-Encoding", "gzip"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(brotli.Body, Has.Length.LessThan(plain.Body.Length / 6));
            Assert.That(gzip.Body, Has.Length.LessThan(plain.Body.Length / 6));
            Assert.That(brotli.Body, Has.Length.LessThan(gzip.Body.Length));
            Assert.That(
                new[] { plain.Answer.Header("ETag"), brotli.Answer.Header("ETag"), gzip.Answer.Header("ETag") },
                Is.Unique);
        }
    }

    [TestCase(null)]
    [TestCase("br")]
    [TestCase("gzip")]
    public async Task Stylesheet_unchanged_since_the_browsers_copy_is_a_304_with_the_same_headers(string? coding)
    {
        (string, string)[] accept = coding is null ? [] : [("Accept-Encoding", coding)];
        var etag = await ETagOfAsync(coding);

        var (answer, body) = await GetAsync(Path, [.. accept, ("If-None-Match", $"\"other\", {etag}")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(304));
            Assert.That(body, Is.Empty);
            Assert.That(answer.Header("ETag"), Is.EqualTo(etag));
            Assert.That(answer.Header("Vary"), Is.EqualTo("Accept-Encoding"));
            Assert.That(answer.Header("Cache-Control"), Is.EqualTo(Versioned));
            AssertProtected(answer);
        }
    }

    [Test]
    public async Task Any_etag_is_a_304_too()
    {
        var (answer, _) = await GetAsync(Path, ("If-None-Match", "*"));

        Assert.That(answer.Status, Is.EqualTo(304));
    }

    [Test]
    public async Task Copy_in_another_coding_is_not_the_one_asked_for_so_it_is_sent_whole()
    {
        var brotliETag = await ETagOfAsync("br");

        var (answer, body) = await GetAsync(Path, ("Accept-Encoding", "gzip"), ("If-None-Match", brotliETag));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(200));
            Assert.That(answer.Header("Content-Encoding"), Is.EqualTo("gzip"));
            Assert.That(body, Is.Not.Empty);
        }
    }

    [Test]
    public async Task Stylesheet_changed_since_the_browsers_copy_is_sent_whole()
    {
        var (answer, body) = await GetAsync(Path, ("If-None-Match", "\"an-older-version\""));

        Assert.That(answer.Status, Is.EqualTo(200));
        Assert.That(body, Is.Not.Empty);
    }

    [TestCase(SocialCareAssets.Stylesheet + ".br")]
    [TestCase(SocialCareAssets.Stylesheet + ".gz")]
    [TestCase("nhsuk-frontend-LICENSE.md")]
    [TestCase("social-care.mjs")]
    [TestCase("nhsuk-frontend/nhsuk-frontend-10.6.1.min.css")]
    [TestCase("nhsuk-frontend/nhsuk-frontend-10.6.1.min.js")]
    [TestCase("social-care-000000000000.css")]
    [TestCase("..%2F..%2Fappsettings.json")]
    [TestCase("")]
    public async Task Anything_else_is_not_found_and_never_stored(string path)
    {
        var answer = await Client.GetAsync("/social-care-assets/" + path, viewer: null, ("Accept-Encoding", "br, gzip"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(404));
            Assert.That(answer.Body, Is.Empty);
            Assert.That(answer.Header("Content-Encoding"), Is.Null);
            AssertNeverStored(answer);
            AssertProtected(answer);
        }
    }

    [Test]
    public async Task Any_method_but_get_is_refused_and_never_stored(
        [Values("POST", "PUT", "DELETE", "HEAD", "OPTIONS", "get", "Get")] string method,
        [Values(SocialCareAssets.Stylesheet, "nhsuk-frontend-LICENSE.md")] string path)
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

    private static byte[] Decode(byte[] body, string? coding)
    {
        if (coding is null)
        {
            return body;
        }

        using var input = new MemoryStream(body);
        using Stream decoder = coding == "br"
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
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

    private async Task<string> ETagOfAsync(string? coding)
    {
        var (answer, _) = await GetAsync(Path, coding is null ? [] : [("Accept-Encoding", coding)]);
        Assert.That(answer.Header("Content-Encoding"), Is.EqualTo(coding));
        return answer.Header("ETag")!;
    }

    /// <summary>The answer with its body as sent, bytes and all (no client here decompresses anything).</summary>
    private async Task<(Answer Answer, byte[] Body)> GetAsync(string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        return (await Answer.ReadAsync(response), body);
    }
}

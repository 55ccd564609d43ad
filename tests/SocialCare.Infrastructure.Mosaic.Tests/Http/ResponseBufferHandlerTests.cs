using System.Net;
using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Mosaic.Http;

namespace SocialCare.Infrastructure.Mosaic.Tests.Http;

/// <summary>
/// The response cap when Mosaic does not say how long its answer is (chunked): counted while reading, so a body
/// that is too large is refused before it is held. (With a length, the sandbox's Oversize fault covers it over HTTP.)
/// A body of declared length is read into a pooled array: exactly its bytes, never after the response is disposed.
/// </summary>
public class ResponseBufferHandlerTests
{
    [TestCase(1024, false)]
    [TestCase(1025, true)]
    [TestCase(300_000, true)]
    public async Task Body_without_a_length_is_counted_against_the_cap(int bytes, bool tooLarge)
    {
        using var handler = new ResponseBufferHandler(1024) { InnerHandler = new Chunked(bytes) };
        using var client = new HttpClient(handler);

        if (tooLarge)
        {
            var refused = await Assert.ThrowsAsync<MosaicUnavailableException>(async () => await client.GetAsync(new Uri("http://mosaic.invalid/")));
            Assert.That(refused!.Reason, Is.EqualTo(UnavailableReason.ResponseTooLarge));
        }
        else
        {
            using var response = await client.GetAsync(new Uri("http://mosaic.invalid/"));
            Assert.That(await response.Content.ReadAsByteArrayAsync(), Has.Length.EqualTo(bytes));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        }
    }

    [TestCase(1)]
    [TestCase(1000)]
    [TestCase(300_000)]
    public async Task Body_with_a_length_is_read_whole_with_exactly_its_bytes_and_headers(int bytes)
    {
        var body = new byte[bytes];
        new Random(bytes).NextBytes(body);
        using var handler = new ResponseBufferHandler(1_000_000) { InnerHandler = new Declared(body, bytes) };
        using var client = new HttpClient(handler);

        using var response = await client.GetAsync(new Uri("http://mosaic.invalid/"));

        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(body));
        Assert.That(response.Content.Headers.ContentLength, Is.EqualTo(bytes));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        await using var stream = await response.Content.ReadAsStreamAsync();
        Assert.That(stream.Length, Is.EqualTo(bytes));
    }

    [Test]
    public async Task Body_cut_short_of_its_declared_length_fails_the_attempt()
    {
        using var handler = new ResponseBufferHandler(1_000_000) { InnerHandler = new Declared(new byte[50], 100) };
        using var client = new HttpClient(handler);

        Assert.That(
            async () => await client.GetAsync(new Uri("http://mosaic.invalid/")),
            Throws.InstanceOf<IOException>());
    }

    [Test]
    public async Task Pooled_body_cannot_be_read_once_its_response_is_disposed_even_twice()
    {
        using var handler = new ResponseBufferHandler(1_000_000) { InnerHandler = new Declared(new byte[100], 100) };
        using var client = new HttpClient(handler);
        var response = await client.GetAsync(new Uri("http://mosaic.invalid/"));
        var content = response.Content;

        response.Dispose();
        response.Dispose();

        Assert.That(content, Is.InstanceOf<PooledBodyContent>());
        Assert.That(async () => await content.ReadAsByteArrayAsync(), Throws.InstanceOf<ObjectDisposedException>());
    }

    /// <summary>Answers a body with a Content-Length, which may claim more than the body holds.</summary>
    private sealed class Declared(byte[] body, long declaredLength) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(new UnknownLengthStream(new MemoryStream(body)));
            content.Headers.ContentLength = declaredLength;
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }

    /// <summary>Answers a body of the given size as a stream whose length is not known in advance.</summary>
    private sealed class Chunked(int bytes) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = new StreamContent(new UnknownLengthStream(new MemoryStream(new byte[bytes])));
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content });
        }
    }

    private sealed class UnknownLengthStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

using System.Buffers;
using System.Net;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>
/// A response body read whole, in an array that is given back to the shared pool when the response is disposed if it
/// was rented from it. Pages of 1,000 notes are larger than the large-object threshold: a fresh array for each made
/// every few views a full (generation 2) collection (P4 in docs/performance.md). <see cref="Body"/> lets the reader
/// parse the bytes in place.
/// </summary>
internal sealed class PooledBodyContent(byte[] array, int bodyLength, bool rented) : HttpContent
{
    private byte[]? _array = array;

    /// <summary>The body's bytes, valid until the content is disposed.</summary>
    public ReadOnlyMemory<byte> Body => Array().AsMemory(0, bodyLength);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(Array(), 0, bodyLength);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(Array().AsMemory(0, bodyLength), cancellationToken).AsTask();

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) =>
        new MemoryStream(Array(), 0, bodyLength, writable: false);

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult(CreateContentReadStream(CancellationToken.None));

    protected override bool TryComputeLength(out long length)
    {
        length = bodyLength;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _array, null) is { } body && rented)
        {
            ArrayPool<byte>.Shared.Return(body);
        }

        base.Dispose(disposing);
    }

    private byte[] Array() => _array ?? throw new ObjectDisposedException(nameof(PooledBodyContent));
}

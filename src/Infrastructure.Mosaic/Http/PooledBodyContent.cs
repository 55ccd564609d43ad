using System.Buffers;
using System.Net;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>
/// A response body read whole into an array rented from the shared pool, and given back when the response is
/// disposed. Pages of 1,000 notes are larger than the large-object threshold: a fresh array for each made every
/// few views a full (generation 2) collection (P4 in docs/performance.md).
/// </summary>
internal sealed class PooledBodyContent(byte[] rented, int bodyLength) : HttpContent
{
    private byte[]? _rented = rented;

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        stream.WriteAsync(Body(), 0, bodyLength);

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
        stream.WriteAsync(Body().AsMemory(0, bodyLength), cancellationToken).AsTask();

    protected override Stream CreateContentReadStream(CancellationToken cancellationToken) =>
        new MemoryStream(Body(), 0, bodyLength, writable: false);

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult(CreateContentReadStream(CancellationToken.None));

    protected override bool TryComputeLength(out long length)
    {
        length = bodyLength;
        return true;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && Interlocked.Exchange(ref _rented, null) is { } array)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        base.Dispose(disposing);
    }

    private byte[] Body() => _rented ?? throw new ObjectDisposedException(nameof(PooledBodyContent));
}

using System.Buffers;
using System.Net;
using System.Net.Http.Headers;
using SocialCare.Application.Abstractions;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>
/// Reads the body of every success whole, inside the attempt, refusing more than <c>SocialCare:MaxResponseBytes</c>: a body
/// that stalls or is cut short then fails the attempt (and is retried) rather than the reader afterwards, and a
/// body that is too large is never held. What it reads is counted against the request's <see cref="LookupBudget"/>
/// (<c>MaxLookupBytes</c>), if it has one, as it is read: a declared length before its buffer is taken.
/// </summary>
internal sealed class ResponseBufferHandler(long maxBytes) : DelegatingHandler
{
    private const int ChunkSize = 81920;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            if (!response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NoContent)
            {
                // A failure is read by its status alone (docs/mosaic-contract.md), so its body, the council's text, is
                // never read, counted or held; nor a 204's, which has none, whatever its Content-Length says.
                response.Content.Dispose();
                response.Content = new PooledBodyContent([], 0, rented: false);
                return response;
            }

            if (response.Content.Headers.ContentLength > maxBytes)
            {
                throw new MosaicUnavailableException(UnavailableReason.ResponseTooLarge);
            }

            request.Options.TryGetValue(LookupBudget.Key, out var budget);
            var buffered = await ReadBoundedAsync(response.Content, budget, cancellationToken).ConfigureAwait(false);
            CopyHeaders(response.Content.Headers, buffered.Headers);
            response.Content.Dispose();
            response.Content = buffered;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<HttpContent> ReadBoundedAsync(HttpContent content, LookupBudget? budget, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            // A declared length (already within the cap) is read straight into a pooled body of that size: no chunk,
            // no copy, and no new array. A body cut short throws an IOException, as it would while copying.
            if (content.Headers.ContentLength is { } declared && declared <= Array.MaxLength)
            {
                var length = (int)declared;
                budget?.Charge(length);
                var body = ArrayPool<byte>.Shared.Rent(length);
                try
                {
                    await stream.ReadExactlyAsync(body.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    ArrayPool<byte>.Shared.Return(body);
                    throw;
                }

                return new PooledBodyContent(body, length, rented: true);
            }

            return await ReadUnknownLengthAsync(stream, budget, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<PooledBodyContent> ReadUnknownLengthAsync(Stream stream, LookupBudget? budget, CancellationToken cancellationToken)
    {
        // Pooled: a fresh 80 KB chunk per response was most of what a small view allocated.
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            using var buffer = new MemoryStream((int)Math.Min(ChunkSize, maxBytes));
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                budget?.Charge(read);
                if (buffer.Length + read > maxBytes)
                {
                    throw new MosaicUnavailableException(UnavailableReason.ResponseTooLarge);
                }

                buffer.Write(chunk, 0, read);
            }

            // The stream's own array, not a copy of it.
            return new PooledBodyContent(buffer.GetBuffer(), (int)buffer.Length, rented: false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static void CopyHeaders(HttpContentHeaders from, HttpContentHeaders to)
    {
        foreach (var header in from)
        {
            if (!string.Equals(header.Key, "Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                to.TryAddWithoutValidation(header.Key, header.Value);
            }
        }
    }
}

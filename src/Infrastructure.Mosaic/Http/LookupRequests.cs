using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Mosaic.Contract;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>
/// The requests of one lookup at one authority: its resources client, and the byte budget (<see cref="LookupBudget"/>,
/// <c>MaxLookupBytes</c>) that each of them carries for <see cref="ResponseBufferHandler"/> to count against. A GET
/// answers its body read as JSON; a failure status or an envelope that cannot be read throws
/// <see cref="MosaicUnavailableException"/> with its closed reason.
/// </summary>
internal sealed class LookupRequests(HttpClient client, LookupBudget budget)
{
    /// <summary>The client's base address: a next-page link must stay under it.</summary>
    public Uri? BaseAddress => client.BaseAddress;

    public Task<T> GetAsync<T>(
        Uri uri, JsonTypeInfo<T> typeInfo, Action<HttpRequestMessage>? configure, CancellationToken cancellationToken)
        where T : class =>
        GetAsync(uri, body => JsonSerializer.Deserialize(body, typeInfo), configure, cancellationToken);

    /// <summary>GETs <paramref name="uri"/> and reads its whole body with <paramref name="read"/> (a dialect's reader).</summary>
    public async Task<T> GetAsync<T>(
        Uri uri, BodyReader<T> read, Action<HttpRequestMessage>? configure, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Options.Set(LookupBudget.Key, budget);
        configure?.Invoke(request);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new MosaicUnavailableException(UnavailableReasons.Of(response.StatusCode));
        }

        try
        {
            // Read whole inside the attempt (ResponseBufferHandler) and parsed in place. Streamed instead, the items
            // arrays were buffered again in growing chunks and rescanned at each one (P4 in docs/performance.md).
            var body = response.Content is PooledBodyContent buffered
                ? buffered.Body
                : await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return read(WithoutByteOrderMark(body.Span)) ?? throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
        }
        catch (Exception exception) when (UnreadableValue.Is(exception))
        {
            // The envelope could not be read: whatever the reader threw, the same closed reason.
            throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
        }
    }

    /// <summary>
    /// RFC 8259 §8.1 lets a reader ignore a UTF-8 byte order mark, and a council's framework may write one; the
    /// reader of a span does not skip it as the reader of a stream does.
    /// </summary>
    private static ReadOnlySpan<byte> WithoutByteOrderMark(ReadOnlySpan<byte> body) =>
        body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? body[3..] : body;
}

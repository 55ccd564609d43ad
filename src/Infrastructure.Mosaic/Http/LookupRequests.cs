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
    public async Task<T> GetAsync<T>(
        Uri uri, JsonTypeInfo<T> typeInfo, Action<HttpRequestMessage>? configure, CancellationToken cancellationToken)
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
            if (response.Content is PooledBodyContent buffered)
            {
                // Already read whole inside the attempt: parsed in place. Streamed instead, the items arrays (read by a
                // converter of ours, which needs its whole value at once) were buffered again in growing chunks and
                // rescanned at each one: most of a large record's time (P4 in docs/performance.md).
                return JsonSerializer.Deserialize(WithoutByteOrderMark(buffered.Body.Span), typeInfo)
                    ?? throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
            }

            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync(body, typeInfo, cancellationToken).ConfigureAwait(false)
                    ?? throw new MosaicUnavailableException(UnavailableReason.MalformedResponse);
            }
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

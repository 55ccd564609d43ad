using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace SocialCare.HostileMosaic;

/// <summary>
/// The bytes written back, exactly: a well-formed response built by <see cref="Http"/>, or anything at all by
/// <see cref="Raw"/>. <see cref="Drip"/> writes them one at a time with a pause between; <see cref="Hold"/> keeps the
/// connection open afterwards until the client hangs up (so that a missing byte is waited for, not reported by a close).
/// </summary>
internal sealed record HostileAnswer(byte[] Bytes, TimeSpan Drip = default, bool Hold = false)
{
    /// <summary>Nothing at all, and the connection held open.</summary>
    public static HostileAnswer Silence { get; } = new([], Hold: true);

    /// <summary>The connection closed at once, without a byte.</summary>
    public static HostileAnswer Close { get; } = new([]);

    /// <summary>
    /// A response with a status line, <paramref name="headers"/> (whole lines, written as given), a Content-Length
    /// (unless <paramref name="contentLength"/> says otherwise: a number, or null for none) and <c>Connection: close</c>.
    /// </summary>
    public static HostileAnswer Http(
        int status,
        ReadOnlySpan<byte> body,
        string? contentType = "application/json; charset=utf-8",
        IEnumerable<string>? headers = null,
        string? statusLine = null,
        long? contentLength = -1)
    {
        var head = new StringBuilder();
        head.Append(statusLine ?? string.Create(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {Reason(status)}")).Append("\r\n");
        if (contentType is not null)
        {
            head.Append("Content-Type: ").Append(contentType).Append("\r\n");
        }

        if (contentLength is { } length)
        {
            head.Append("Content-Length: ").Append((length < 0 ? body.Length : length).ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }

        foreach (var header in headers ?? [])
        {
            head.Append(header).Append("\r\n");
        }

        head.Append("Connection: close\r\n\r\n");
        return new HostileAnswer([.. Encoding.Latin1.GetBytes(head.ToString()), .. body]);
    }

    public static HostileAnswer Json(int status, string json, IEnumerable<string>? headers = null) =>
        Http(status, Encoding.UTF8.GetBytes(json), headers: headers);

    public static HostileAnswer Raw(byte[] bytes) => new(bytes);

    public static HostileAnswer Raw(string latin1) => new(Encoding.Latin1.GetBytes(latin1));

    /// <summary>The same bytes, one every <paramref name="interval"/>.</summary>
    public HostileAnswer Dripped(TimeSpan interval) => this with { Drip = interval };

    /// <summary>The same bytes, then the connection held open.</summary>
    public HostileAnswer Held() => this with { Hold = true };

    internal async Task WriteAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        if (Drip > TimeSpan.Zero)
        {
            for (var i = 0; i < Bytes.Length; i++)
            {
                await stream.WriteAsync(Bytes.AsMemory(i, 1), cancellationToken).ConfigureAwait(false);
                await Task.Delay(Drip, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            await stream.WriteAsync(Bytes, cancellationToken).ConfigureAwait(false);
        }

        if (Hold)
        {
            // Until the client closes its end: a read of nothing.
            var sink = new byte[1024];
            while (await stream.ReadAsync(sink, cancellationToken).ConfigureAwait(false) > 0)
            {
            }
        }
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        _ => "Status",
    };
}

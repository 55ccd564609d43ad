using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SocialCare.HostileMosaic;

/// <summary>
/// A Mosaic that answers with exactly the bytes it is given, over raw TCP on loopback: a bad status line, a header
/// line without a colon, a body shorter than its length, one byte every 100 ms. Kestrel would refuse to write most
/// of these. Each council is a path prefix (<c>/{name}/</c>) answered by a function of its own, so that many may
/// be asked at once; every request is recorded.
/// </summary>
internal sealed class HostileServer : IAsyncDisposable
{
    private const int MaxHeadBytes = 64 * 1024;

    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, Func<HostileRequest, HostileAnswer>> _councils = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<HostileRequest> _requests = new();
    private readonly ConcurrentDictionary<Task, byte> _connections = new();
    private readonly Task _accepting;

    private HostileServer(TcpListener listener)
    {
        _listener = listener;
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Every request received, in order of arrival.</summary>
    public IReadOnlyCollection<HostileRequest> Requests => _requests;

    public static HostileServer Start()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start(backlog: 512);
        return new HostileServer(listener);
    }

    /// <summary>Answers requests under <c>/{name}/</c> with <paramref name="answer"/>; returns that base URL.</summary>
    public Uri Council(string name, Func<HostileRequest, HostileAnswer> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        _councils[name] = answer;
        return new Uri($"http://127.0.0.1:{Port}/{name}/");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Stop();
        try
        {
            await _accepting.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        await Task.WhenAll(_connections.Keys).ConfigureAwait(false);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            var connection = ServeAsync(client);
            _connections.TryAdd(connection, 0);
            _ = connection.ContinueWith(done => _connections.TryRemove(done, out _), TaskScheduler.Default);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        await Task.Yield();
        using (client)
        {
            client.NoDelay = true;
            var stream = client.GetStream();
            try
            {
                if (await ReadHeadAsync(stream).ConfigureAwait(false) is not { } head)
                {
                    return;
                }

                var request = HostileRequest.Parse(head);
                _requests.Enqueue(request);
                var answer = _councils.TryGetValue(request.Council, out var council)
                    ? council(request)
                    : HostileAnswer.Json(404, """{"title":"no such council"}""");
                await answer.WriteAsync(stream, _stop.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client hung up (an attempt timed out, say): nothing to answer.
            }
        }
    }

    /// <summary>The request line and headers, or null when the client closed first or sent too much.</summary>
    private async Task<string?> ReadHeadAsync(NetworkStream stream)
    {
        var buffer = new byte[MaxHeadBytes];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), _stop.Token).ConfigureAwait(false);
            if (read == 0)
            {
                return null;
            }

            length += read;
            var end = buffer.AsSpan(0, length).IndexOf("\r\n\r\n"u8);
            if (end >= 0)
            {
                return Encoding.Latin1.GetString(buffer, 0, end);
            }
        }

        return null;
    }
}

using System.Net.Sockets;
using System.Text;

namespace SocialCare.Api.Tests.TestSupport;

/// <summary>
/// One HTTP/1.1 request written by hand to a real socket, for what HttpClient will not send as given: it writes a
/// method it knows (<c>get</c>) in upper case, and its <c>Host</c> from the address.
/// </summary>
internal static class RawHttp
{
    /// <summary>Sends <paramref name="method"/> <paramref name="path"/> with these headers and returns the status and headers.</summary>
    public static async Task<Answer> SendAsync(Uri server, string method, string path, string host, params (string Name, string Value)[] headers)
    {
        ArgumentNullException.ThrowIfNull(server);
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var request = new StringBuilder($"{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
        foreach (var (name, value) in headers)
        {
            request.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.Append("\r\n").ToString()), timeout.Token);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(timeout.Token);
        return Parse(response);
    }

    private static Answer Parse(string response)
    {
        var end = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = (end < 0 ? response : response[..end]).Split("\r\n");
        var status = int.Parse(head[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in head.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            fields[line[..colon]] = line[(colon + 1)..].Trim();
        }

        return new Answer(status, fields, end < 0 ? "" : response[(end + 4)..]);
    }
}

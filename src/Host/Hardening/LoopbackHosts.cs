using System.Globalization;

namespace SocialCare.Host.Hardening;

/// <summary>
/// The <c>Host</c> names the Host answers to when <c>AllowedHosts</c> is not configured: the names this machine's
/// loopback goes by (<c>localhost</c>, <c>127.0.0.1</c>, <c>[::1]</c>) and those it listens on, each with a port it
/// listens on or none. DNS rebinding resolves a foreign name to 127.0.0.1, but the browser still sends that name.
/// </summary>
internal sealed class LoopbackHosts
{
    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]"];

    private readonly HashSet<string> _names;
    private readonly HashSet<int> _ports;

    private LoopbackHosts(HashSet<string> names, HashSet<int> ports)
    {
        _names = names;
        _ports = ports;
    }

    /// <param name="listening">The addresses the server listens on, such as <c>http://127.0.0.1:5080</c>.</param>
    public static LoopbackHosts ListeningOn(IEnumerable<string> listening)
    {
        var names = new HashSet<string>(LoopbackNames, StringComparer.OrdinalIgnoreCase);
        var ports = new HashSet<int>();
        foreach (var address in listening)
        {
            if (Uri.TryCreate(address, UriKind.Absolute, out var uri))
            {
                names.Add(uri.HostNameType == UriHostNameType.IPv6 ? uri.Host : uri.IdnHost);
                ports.Add(uri.Port);
            }
        }

        return new(names, ports);
    }

    /// <summary>Whether a request's <c>Host</c> is one of these names, with one of these ports or none.</summary>
    public bool Allows(HostString host) =>
        host.HasValue
        && _names.Contains(host.Host)
        && (host.Port is not { } port || _ports.Contains(port));

    public override string ToString() =>
        string.Join(", ", _names.Order(StringComparer.Ordinal)) + " (ports: " +
        (_ports.Count == 0 ? "none" : string.Join(", ", _ports.Order().Select(p => p.ToString(CultureInfo.InvariantCulture)))) + ")";
}

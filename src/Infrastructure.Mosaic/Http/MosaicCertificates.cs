using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using SocialCare.Infrastructure.Mosaic.Configuration;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>
/// Each authority's client certificate, loaded once for the life of the process: the factory builds a new socket
/// handler every few minutes, and each must not load (and leak) its own copy of the private key. A failure is not
/// kept, so a file put right is read at the next attempt; a renewed certificate is read when the host restarts.
/// </summary>
internal sealed class MosaicCertificates : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<X509Certificate2>> _loaded = new(StringComparer.OrdinalIgnoreCase);

    public X509Certificate2 For(string authorityCode, MosaicCertificateOptions certificate) =>
        _loaded.GetOrAdd(authorityCode, _ => new Lazy<X509Certificate2>(() => MosaicPrimaryHandler.Load(certificate), LazyThreadSafetyMode.PublicationOnly)).Value;

    public void Dispose()
    {
        foreach (var certificate in _loaded.Values.Where(c => c.IsValueCreated))
        {
            certificate.Value.Dispose();
        }
    }
}

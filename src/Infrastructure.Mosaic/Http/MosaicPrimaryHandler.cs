using System.Security.Cryptography.X509Certificates;
using SocialCare.Infrastructure.Mosaic.Configuration;

namespace SocialCare.Infrastructure.Mosaic.Http;

/// <summary>The socket handler under one authority's clients: connect timeout, decompression, the client certificate.</summary>
internal static class MosaicPrimaryHandler
{
    public static SocketsHttpHandler Create(MosaicAuthorityOptions authority, MosaicCertificates? certificates = null)
    {
        ArgumentNullException.ThrowIfNull(authority);
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = authority.AttemptTimeout,
            AutomaticDecompression = System.Net.DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AllowAutoRedirect = false,
        };
        if (authority.Auth.Certificate is { } certificate)
        {
            handler.SslOptions.ClientCertificates = [certificates?.For(authority.Code, certificate) ?? Load(certificate)];
        }

        return handler;
    }

    internal static X509Certificate2 Load(MosaicCertificateOptions certificate)
    {
        if (!string.IsNullOrWhiteSpace(certificate.Path))
        {
            return X509CertificateLoader.LoadPkcs12FromFile(certificate.Path, certificate.Password);
        }

        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
        var found = store.Certificates.Find(X509FindType.FindByThumbprint, certificate.Thumbprint ?? "", validOnly: false);
        return found.Count == 1
            ? found[0]
            : throw new InvalidOperationException("The client certificate named by its thumbprint is not in the current user's personal store.");
    }
}

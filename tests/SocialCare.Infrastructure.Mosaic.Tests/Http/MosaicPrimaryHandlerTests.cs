using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using SocialCare.Infrastructure.Mosaic.Configuration;
using SocialCare.Infrastructure.Mosaic.Http;

namespace SocialCare.Infrastructure.Mosaic.Tests.Http;

/// <summary>The socket handler under an authority's clients: its client certificate, its timeouts, no redirects.</summary>
public class MosaicPrimaryHandlerTests
{
    private string _path = null!;

    [SetUp]
    public void WriteCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=pkb-social-care-test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        _path = Path.Combine(Path.GetTempPath(), $"mosaic-client-{Guid.NewGuid():N}.p12");
        File.WriteAllBytes(_path, certificate.Export(X509ContentType.Pkcs12, "from-a-secret-store"));
    }

    [TearDown]
    public void DeleteCertificate() => File.Delete(_path);

    [Test]
    public void Client_certificate_from_a_pkcs12_file_is_offered_in_the_tls_handshake()
    {
        var authority = new MosaicAuthorityOptions
        {
            Code = "E09000015",
            Auth = new MosaicAuthOptions { Certificate = new MosaicCertificateOptions { Path = _path, Password = "from-a-secret-store" } },
        };

        using var handler = MosaicPrimaryHandler.Create(authority);

        var offered = handler.SslOptions.ClientCertificates!.Cast<X509Certificate2>().Single();
        Assert.That(offered.Subject, Is.EqualTo("CN=pkb-social-care-test"));
        Assert.That(offered.HasPrivateKey, Is.True);
    }

    [Test]
    public void Wrong_password_is_refused_when_the_client_is_built()
    {
        var certificate = new MosaicCertificateOptions { Path = _path, Password = "not-the-password" };

        Assert.That(() => MosaicPrimaryHandler.Load(certificate), Throws.InstanceOf<CryptographicException>());
    }

    [Test]
    public void Without_a_certificate_none_is_offered_and_redirects_are_not_followed()
    {
        using var handler = MosaicPrimaryHandler.Create(new MosaicAuthorityOptions { Code = "E09000015", AttemptTimeout = TimeSpan.FromMilliseconds(700) });

        Assert.That(handler.SslOptions.ClientCertificates, Is.Null.Or.Empty);
        Assert.That(handler.AllowAutoRedirect, Is.False, "a redirect could carry the NHS number header to another host");
        Assert.That(handler.ConnectTimeout, Is.EqualTo(TimeSpan.FromMilliseconds(700)));
    }

    [Test]
    public void Certificate_is_loaded_once_for_every_handler_the_factory_builds()
    {
        var authority = new MosaicAuthorityOptions
        {
            Code = "E09000015",
            Auth = new MosaicAuthOptions { Certificate = new MosaicCertificateOptions { Path = _path, Password = "from-a-secret-store" } },
        };
        using var certificates = new MosaicCertificates();

        using var first = MosaicPrimaryHandler.Create(authority, certificates);
        using var second = MosaicPrimaryHandler.Create(authority, certificates);

        Assert.That(second.SslOptions.ClientCertificates![0], Is.SameAs(first.SslOptions.ClientCertificates![0]));
    }
}

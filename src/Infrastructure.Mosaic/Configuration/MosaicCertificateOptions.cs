namespace SocialCare.Infrastructure.Mosaic.Configuration;

/// <summary>
/// A TLS client certificate: a PKCS#12 file (<see cref="Path"/> and <see cref="Password"/>) or a certificate with a
/// private key in the current user's personal store (<see cref="Thumbprint"/>). Exactly one of the two.
/// </summary>
public sealed class MosaicCertificateOptions
{
    public string? Path { get; set; }

    public string? Password { get; set; }

    public string? Thumbprint { get; set; }
}

namespace SocialCare.Infrastructure.Mosaic.Configuration;

/// <summary><c>SocialCare:Sandbox</c>: a Mosaic of synthetic people, allowed in the Development environment only.</summary>
public sealed class MosaicSandboxOptions
{
    public bool Enabled { get; set; }

    /// <summary>An already running sandbox to use; when null, a host starts one in-process on loopback.</summary>
    public Uri? Url { get; set; }

    public int Port { get; set; } = 5180;
}

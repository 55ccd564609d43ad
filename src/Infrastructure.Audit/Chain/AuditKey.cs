using System.Security.Cryptography;
using System.Text;

namespace SocialCare.Infrastructure.Audit.Chain;

/// <summary>
/// The secret that seals the chain (<c>SocialCare:Audit:Key</c>). Its bytes never leave this type: no property,
/// no <c>ToString</c>, no log line shows them. <see cref="Id"/> names the key without revealing it, so that the
/// verifier can tell "sealed with another key" from "changed".
/// </summary>
internal sealed class AuditKey
{
    public const int MinLength = 32;

    private readonly byte[] _secret;

    private AuditKey(byte[] secret)
    {
        _secret = secret;
        var digest = SHA256.HashData([.. "socialcare-audit-key-id\n"u8, .. secret]);
        Id = "k1-" + Convert.ToHexStringLower(digest.AsSpan(0, 6));
    }

    /// <summary>A fingerprint of the key, stored with every entry: <c>k1-</c> and 12 hex digits.</summary>
    public string Id { get; }

    public static AuditKey From(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        if (secret.Length < MinLength)
        {
            throw new ArgumentException($"An audit key has at least {MinLength} characters.", nameof(secret));
        }

        return new(Encoding.UTF8.GetBytes(secret));
    }

    public IncrementalHash CreateMac() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _secret);

    public override string ToString() => $"audit key {Id}";
}

using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SocialCare.Mosaic.Sandbox.Http;

/// <summary>Opaque tokens this sandbox issued, each valid for one authority until it expires.</summary>
internal sealed class TokenStore(TimeProvider time, TimeSpan lifetime)
{
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);

    public TimeSpan Lifetime { get; } = lifetime;

    public string Issue(string authority)
    {
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        _tokens[token] = new IssuedToken(authority, SandboxSequence.Next(), time.GetUtcNow() + Lifetime);
        return token;
    }

    public IssuedToken? Find(string token, string authority) =>
        _tokens.TryGetValue(token, out var issued)
            && string.Equals(issued.Authority, authority, StringComparison.OrdinalIgnoreCase)
            && issued.ExpiresAt > time.GetUtcNow()
            ? issued
            : null;

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

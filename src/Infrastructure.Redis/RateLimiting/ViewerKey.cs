using System.Security.Cryptography;
using System.Text;

namespace SocialCare.Infrastructure.Redis.RateLimiting;

/// <summary>
/// The partition of one viewer in Redis: a SHA-256 of the viewer id, so that Redis, which other services may share
/// and whose keys an operator lists, holds no viewer id. The package prefixes it with <c>rl:tb:</c> and braces it.
/// </summary>
internal static class ViewerKey
{
    public const string Prefix = "socialcare:viewer:";

    public static string For(string viewerId)
    {
        ArgumentNullException.ThrowIfNull(viewerId);
        return Prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(viewerId)));
    }

    /// <summary>The key of the viewer's token count as RedisRateLimiting 1.2.1's token bucket names it (its timestamp adds <c>:ts</c>).</summary>
    public static string RedisKey(string viewerId) => "rl:tb:{" + For(viewerId) + "}";
}

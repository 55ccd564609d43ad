using System.Threading.RateLimiting;

namespace SocialCare.Infrastructure.Redis.RateLimiting;

/// <summary>A refused permit that says when to come back, which RedisRateLimiting's lease does not say in the standard metadata.</summary>
internal sealed class RefusedLease(TimeSpan retryAfter) : RateLimitLease
{
    private static readonly string[] Names = [MetadataName.RetryAfter.Name];

    public override bool IsAcquired => false;

    public override IEnumerable<string> MetadataNames => Names;

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        if (metadataName == MetadataName.RetryAfter.Name)
        {
            metadata = retryAfter;
            return true;
        }

        metadata = null;
        return false;
    }
}

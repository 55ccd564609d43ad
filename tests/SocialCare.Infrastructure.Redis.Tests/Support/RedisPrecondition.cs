namespace SocialCare.Infrastructure.Redis.Tests.Support;

/// <summary>What the Redis tests do before they start, given whether redis-server is installed.</summary>
public enum RedisPrecondition
{
    Run,
    Ignore,
    Fail,
}

namespace SocialCare.TestServers;

/// <summary>What the Redis tests do before they start, given whether redis-server is installed.</summary>
public enum RedisPrecondition
{
    Run,
    Ignore,
    Fail,
}

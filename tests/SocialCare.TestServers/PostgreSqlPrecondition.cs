namespace SocialCare.TestServers;

/// <summary>What the PostgreSQL tests do before they start, given whether PostgreSQL is installed.</summary>
public enum PostgreSqlPrecondition
{
    Run,
    Ignore,
    Fail,
}

namespace SocialCare.Infrastructure.Audit.Tests.Support;

/// <summary>The providers every store test runs against: the same tests on a real SQLite file and a real PostgreSQL.</summary>
public static class AuditProviders
{
    public static readonly string[] All = ["Sqlite", "PostgreSql"];
}

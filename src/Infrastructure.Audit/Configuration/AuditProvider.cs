namespace SocialCare.Infrastructure.Audit.Configuration;

/// <summary>The database behind the audit store (<c>SocialCare:Audit:Provider</c>).</summary>
internal enum AuditProvider
{
    Sqlite = 1,
    PostgreSql,
}

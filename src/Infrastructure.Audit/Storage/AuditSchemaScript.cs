namespace SocialCare.Infrastructure.Audit.Storage;

/// <summary>One numbered schema script of one provider.</summary>
internal sealed record AuditSchemaScript(int Version, string Name, string Sql);

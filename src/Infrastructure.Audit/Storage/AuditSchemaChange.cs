namespace SocialCare.Infrastructure.Audit.Storage;

/// <summary>What a migration did: from the version found to the version left (equal when there was nothing to do).</summary>
internal sealed record AuditSchemaChange(int From, int To);

using System.Text.RegularExpressions;

namespace SocialCare.Infrastructure.Audit.Storage;

/// <summary>
/// PostgreSQL's roles (ADR 0007): the owner, who runs the migrations and the purge, owns the tables; the writer (the
/// host) may only add entries and read them, and move the head; the reader (an auditor, the verifier) may only read.
/// </summary>
internal static partial class AuditGrants
{
    public static IReadOnlyList<string> Writer(string role)
    {
        var name = Quoted(role);
        return
        [
            $"GRANT USAGE ON SCHEMA socialcare_audit TO {name}",
            $"GRANT SELECT, INSERT ON socialcare_audit.audit_entry TO {name}",
            $"REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON socialcare_audit.audit_entry FROM {name}",
            $"GRANT SELECT, UPDATE ON socialcare_audit.audit_head TO {name}",
            $"GRANT SELECT ON socialcare_audit.audit_schema_version TO {name}",
        ];
    }

    public static IReadOnlyList<string> Reader(string role)
    {
        var name = Quoted(role);
        return
        [
            $"GRANT USAGE ON SCHEMA socialcare_audit TO {name}",
            $"GRANT SELECT ON socialcare_audit.audit_entry, socialcare_audit.audit_head, socialcare_audit.audit_schema_version TO {name}",
        ];
    }

    /// <summary>Whether a role name is one this command grants to: PostgreSQL's unquoted form, so that it means what it says.</summary>
    public static bool IsRoleName(string role) => RoleName().IsMatch(role);

    private static string Quoted(string role) => IsRoleName(role)
        ? $"\"{role}\""
        : throw new ArgumentException("A role name is 1 to 63 lower-case letters, digits and underscores, not starting with a digit.", nameof(role));

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleName();
}

namespace SocialCare.Infrastructure.Audit.Configuration;

/// <summary>Configuration section <c>SocialCare:Audit</c> (spec §5, ADR 0007).</summary>
internal sealed class AuditOptions
{
    public const string SectionName = "SocialCare:Audit";

    /// <summary>
    /// Eight years: the minimum the Records Management Code of Practice for Health and Social Care sets for an adult's
    /// social care record after care ends, which an access trail of that record should not outlive (ADR 0007).
    /// </summary>
    public static readonly TimeSpan DefaultRetention = TimeSpan.FromDays(2922);

    public AuditProvider? Provider { get; set; }

    public string? ConnectionString { get; set; }

    /// <summary>The MAC key of the chain: a secret of at least <see cref="Chain.AuditKey.MinLength"/> characters. Never logged.</summary>
    public string? Key { get; set; }

    /// <summary>How long an entry is kept before the purge command may delete it.</summary>
    public TimeSpan Retention { get; set; } = DefaultRetention;

    /// <summary>Whether the host creates or migrates the schema when it starts; otherwise an operator runs the migrate command.</summary>
    public bool CreateSchema { get; set; }
}

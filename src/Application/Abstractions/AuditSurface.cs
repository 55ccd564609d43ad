namespace SocialCare.Application.Abstractions;

/// <summary>Where an audited attempt came from (spec §7): the JSON record, the page, or the patient's access history.</summary>
public enum AuditSurface
{
    Record,
    Page,
    AccessHistory,
}

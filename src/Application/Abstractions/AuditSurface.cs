namespace SocialCare.Application.Abstractions;

/// <summary>Where an audited attempt came from (spec §7): the JSON record, the page, or the patient's access history.</summary>
public enum AuditSurface
{
    /// <summary>The JSON record (<c>GET …/api/v1/patients/{patientId}/social-care</c>).</summary>
    Record,
    /// <summary>The server-rendered page.</summary>
    Page,
    /// <summary>The patient's own access history (JSON or page).</summary>
    AccessHistory,
}

namespace SocialCare.Application.Abstractions;

/// <summary>
/// Where every attempt to view a social care record is recorded (spec §1 step 11). Implemented by the host. If a
/// write throws, the view is not shown: the viewer gets <c>social-care.unavailable</c> (fail closed).
/// </summary>
public interface ISocialCareAuditSink
{
    /// <summary>Writes <paramref name="entry"/> durably before the view is answered; throws if it cannot.</summary>
    /// <param name="entry">The attempt: who, whose record, from where, and with what outcome.</param>
    /// <param name="cancellationToken">The audit write's own budget.</param>
    /// <returns>When the entry is written.</returns>
    Task WriteAsync(SocialCareAuditEntry entry, CancellationToken cancellationToken);
}

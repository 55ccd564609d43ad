namespace SocialCare.Application.Abstractions;

/// <summary>
/// Where every attempt to view a social care record is recorded (spec §1 step 11). Implemented by the host. If a
/// write throws, the view is not shown: the viewer gets <c>social-care.unavailable</c> (fail closed).
/// </summary>
public interface ISocialCareAuditSink
{
    Task WriteAsync(SocialCareAuditEntry entry, CancellationToken cancellationToken);
}

using SocialCare.Infrastructure.Audit.Verification;

namespace SocialCare.Infrastructure.Audit.Retention;

/// <summary>
/// What a purge did: how many entries it deleted (all older than <paramref name="Cutoff"/>), the first entry it kept,
/// and the purge's own entry; or why it refused (a chain that does not verify is evidence, and is not purged).
/// </summary>
internal sealed record AuditPurgeResult(long Deleted, long KeptFrom, long PurgeSequence, Guid PurgeId, DateTimeOffset Cutoff, AuditFailure? Refusal)
{
    public static AuditPurgeResult Refused(AuditFailure failure, DateTimeOffset cutoff) => new(0, 0, 0, Guid.Empty, cutoff, failure);
}

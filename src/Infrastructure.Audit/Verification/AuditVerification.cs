namespace SocialCare.Infrastructure.Audit.Verification;

/// <summary>
/// The verifier's finding: intact (with the range of entries checked and the head, which an operator may record
/// elsewhere), or the first failure.
/// </summary>
internal sealed record AuditVerification(long Checked, long? FirstSequence, long? LastSequence, string? HeadFingerprint, AuditFailure? Failure)
{
    public bool Intact => Failure is null;
}

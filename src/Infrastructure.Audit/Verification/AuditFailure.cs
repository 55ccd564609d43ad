namespace SocialCare.Infrastructure.Audit.Verification;

/// <summary>The first place where the chain is not what was sealed: an entry's sequence (and id, when it reads), or none for the head.</summary>
internal sealed record AuditFailure(long? Sequence, Guid? Id, string Reason)
{
    public override string ToString() => Sequence is { } sequence
        ? $"entry {sequence}{(Id is { } id ? $" (id {id})" : string.Empty)}: {Reason}"
        : Reason;
}

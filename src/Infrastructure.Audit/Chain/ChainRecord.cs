namespace SocialCare.Infrastructure.Audit.Chain;

/// <summary>
/// One row of the audit chain, as stored: a view (<see cref="RecordKind.View"/>: spec §7's fields) or a purge
/// (<see cref="RecordKind.Purge"/>: who purged, and the anchor that lets the chain be verified from the first entry
/// kept). Lists are stored joined by commas: GSS codes and relationship names hold none.
/// </summary>
internal sealed record ChainRecord(
    long Sequence,
    string Kind,
    Guid Id,
    DateTimeOffset At,
    string ViewerId,
    string Relationships,
    string? PatientId,
    string? Surface,
    string AuthoritiesAsked,
    string? TrueOutcome,
    string? AnsweredCode,
    string? TraceId,
    long? PurgedBeforeSequence,
    byte[]? AnchorMac,
    string KeyId,
    byte[] Mac)
{
    /// <summary>The stores keep microseconds (PostgreSQL's precision), so the chain seals exactly what is kept.</summary>
    public static DateTimeOffset Stored(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero);
}

using SocialCare.Application.Abstractions;

namespace SocialCare.Infrastructure.Audit.Storage;

/// <summary>
/// An entry waiting for a transaction of <see cref="SqlAuditStore"/>: taken by one, or abandoned by a caller that gave
/// up first, never both.
/// </summary>
internal sealed class PendingEntry(SocialCareAuditEntry entry)
{
    private const int Waiting = 0;
    private const int Taken = 1;
    private const int Abandoned = 2;

    private readonly TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state;

    public SocialCareAuditEntry Entry => entry;

    /// <summary>Completes when the entry is committed; faults with the reason when its transaction failed.</summary>
    public Task Written => _written.Task;

    public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Waiting) == Waiting;

    public bool TryAbandon() => Interlocked.CompareExchange(ref _state, Abandoned, Waiting) == Waiting;

    public void Succeed() => _written.SetResult();

    public void Fail(Exception exception) => _written.SetException(exception);
}

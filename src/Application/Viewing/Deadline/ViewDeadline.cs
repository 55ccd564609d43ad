namespace SocialCare.Application.Viewing.Deadline;

/// <summary>
/// The view's one budget (<c>SocialCare:Deadline</c>) as a token that is also cancelled when the caller gives up,
/// and which of the two ended it. Timed by the <see cref="TimeProvider"/>, so tests move time instead of sleeping.
/// </summary>
internal sealed class ViewDeadline : IDisposable
{
    private readonly CancellationTokenSource _budget;
    private readonly CancellationTokenRegistration _caller;
    private volatile bool _callerGaveUp;

    private ViewDeadline(TimeSpan budget, TimeProvider time, CancellationToken caller)
    {
        _budget = new CancellationTokenSource(budget, time);
        _caller = caller.UnsafeRegister(
            static state =>
            {
                var deadline = (ViewDeadline)state!;
                deadline._callerGaveUp = true;
                deadline._budget.Cancel();
            },
            this);
    }

    public CancellationToken Token => _budget.Token;

    /// <summary>True when the caller, not the budget, ended the view.</summary>
    public bool CallerGaveUp => _callerGaveUp;

    public static ViewDeadline Start(TimeSpan budget, TimeProvider time, CancellationToken caller) => new(budget, time, caller);

    public void Dispose()
    {
        _caller.Dispose();
        _budget.Dispose();
    }
}

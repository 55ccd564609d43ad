namespace SocialCare.Application.SocialCare;

/// <summary>
/// The view's one budget (<c>SocialCare:Deadline</c>) as a token that is also cancelled when the caller gives up.
/// Timed by the <see cref="TimeProvider"/>, so tests move time instead of sleeping.
/// </summary>
public sealed class ViewDeadline : IDisposable
{
    private readonly CancellationTokenSource _budget;
    private readonly CancellationTokenRegistration _caller;

    private ViewDeadline(TimeSpan budget, TimeProvider time, CancellationToken caller)
    {
        _budget = new CancellationTokenSource(budget, time);
        _caller = caller.UnsafeRegister(static source => ((CancellationTokenSource)source!).Cancel(), _budget);
    }

    public CancellationToken Token => _budget.Token;

    public static ViewDeadline Start(TimeSpan budget, TimeProvider time, CancellationToken caller) => new(budget, time, caller);

    public void Dispose()
    {
        _caller.Dispose();
        _budget.Dispose();
    }
}

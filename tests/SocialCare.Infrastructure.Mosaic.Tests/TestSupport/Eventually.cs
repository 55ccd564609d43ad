namespace SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

/// <summary>
/// Waiting for something that must happen, never a verdict on time: the bound only stops a test whose event never
/// comes from holding the run, so it is generous for a busy two-core machine. Nothing here shows that something did
/// not happen; tests that need that move a <c>FakeTimeProvider</c> instead of waiting.
/// </summary>
internal static class Eventually
{
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);

    /// <summary>Completes once <paramref name="condition"/> holds; fails, saying <paramref name="what"/>, if it never does.</summary>
    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var bound = new CancellationTokenSource(Bound);
        while (!condition())
        {
            try
            {
                await Task.Delay(Poll, bound.Token);
            }
            catch (OperationCanceledException) when (bound.IsCancellationRequested)
            {
                throw new TimeoutException($"{what}: still not so after {Bound.TotalSeconds:0} s");
            }
        }
    }

    /// <summary>The task's result, or a failure if it has none within the bound.</summary>
    public static async Task<T> Within<T>(this Task<T> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        try
        {
            return await task.WaitAsync(Bound);
        }
        catch (TimeoutException exception) when (!task.IsCompleted)
        {
            throw new TimeoutException($"still running after {Bound.TotalSeconds:0} s: it waits for something that never comes (on a test clock, a time no one passes)", exception);
        }
    }
}

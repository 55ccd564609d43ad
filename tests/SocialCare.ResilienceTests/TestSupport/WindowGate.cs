namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// Lets the clients' requests through while a window is open; closing it waits until the requests already let
/// through have their answers, so every request belongs to exactly one window and nothing is in flight at its edges.
/// </summary>
internal sealed class WindowGate
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource? _drained;
    private FaultWindow? _window;
    private int _inFlight;
    private bool _finished;

    /// <summary>The open window, once there is one; null when the run is over.</summary>
    public async Task<FaultWindow?> EnterAsync()
    {
        while (true)
        {
            Task opened;
            lock (_lock)
            {
                if (_finished)
                {
                    return null;
                }

                if (_window is { } window)
                {
                    _inFlight++;
                    return window;
                }

                opened = _opened.Task;
            }

            await opened.ConfigureAwait(false);
        }
    }

    public void Exit()
    {
        lock (_lock)
        {
            _inFlight--;
            if (_inFlight == 0 && _window is null)
            {
                _drained?.TrySetResult();
            }
        }
    }

    public void Open(FaultWindow window)
    {
        lock (_lock)
        {
            _window = window;
            _opened.TrySetResult();
        }
    }

    /// <summary>Lets no more requests through and completes when the last one let through has its answer.</summary>
    public Task CloseAsync()
    {
        lock (_lock)
        {
            _window = null;
            _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
            if (_inFlight == 0)
            {
                return Task.CompletedTask;
            }

            _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
            return _drained.Task;
        }
    }

    public void Finish()
    {
        lock (_lock)
        {
            _finished = true;
            _opened.TrySetResult();
        }
    }
}

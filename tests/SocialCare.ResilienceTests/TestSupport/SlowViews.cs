namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// Views answered without an authority that was healthy for their whole window because time ran out: on a starved
/// machine a healthy attempt can time out twice, or the view's deadline come, before the process has read Mosaic's
/// answer, and the library then rightly answers without that authority (spec §1); enough such failures open its
/// circuit, rightly too. Such a view is explained only when all of these hold, and is otherwise wrong:
/// <list type="bullet">
/// <item>its answer is exactly the one for some of its window's faults plus those healthy authorities being unavailable;</item>
/// <item>in that window the library recorded giving each of those authorities up (event 1102, <see cref="AttemptLog"/>)
/// at least once for every such view: for time (Timeout or Deadline), or on an open circuit;</item>
/// <item>a view that took less than one attempt timeout is explained only by an open circuit (the library may not give
/// up on a healthy attempt any sooner), and an open circuit only if the library recorded attempts there failing
/// without an answer, in that window or the one before (a circuit opens on failures, nothing else).</item>
/// </list>
/// </summary>
internal sealed class SlowViews
{
    private readonly Dictionary<(int Window, string Authority), List<Observation>> _byAuthority = [];
    private readonly Dictionary<Observation, IReadOnlySet<string>> _givenUp = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many views were explained so.</summary>
    public int Explained => _givenUp.Count;

    /// <summary>Takes the view if its answer is its window's but for some healthy authorities; false if not.</summary>
    public bool TryAdd(Observation observation, WindowRecord window)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(window);
        var asked = DemoRecords.Asked(observation.Patient, observation.Viewer)
            .Select(a => a.Authority)
            .Where(a => !DemoRecords.SeedFaulted.Contains(a))
            .ToList();
        HashSet<string>? fewest = null;
        for (var mask = 1; mask < 1 << asked.Count; mask++)
        {
            var unavailable = asked.Where((_, i) => (mask & (1 << i)) != 0).ToHashSet(StringComparer.Ordinal);
            var healthy = unavailable.Where(a => !window.Faulted.Contains(a)).ToHashSet(StringComparer.Ordinal);
            if (healthy.Count > 0 && (fewest is null || healthy.Count < fewest.Count)
                && ExpectedViews.For(observation.Patient, observation.Viewer, unavailable) == observation.Outcome)
            {
                fewest = healthy;
            }
        }

        if (fewest is null)
        {
            return false;
        }

        _givenUp[observation] = fewest;
        foreach (var authority in fewest)
        {
            var key = (observation.Window, authority);
            if (!_byAuthority.TryGetValue(key, out var views))
            {
                _byAuthority[key] = views = [];
            }

            views.Add(observation);
        }

        return true;
    }

    /// <summary>
    /// Drops, and describes, every view the library's own record does not explain: where a window has more views
    /// without a healthy authority than times the library recorded giving that authority up, or more of them quicker
    /// than an attempt timeout than times it recorded an open circuit there after failed attempts.
    /// </summary>
    public IReadOnlyList<string> Unexplained(IReadOnlyDictionary<int, WindowRecord> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var unexplained = new List<string>();
        foreach (var ((index, authority), views) in _byAuthority)
        {
            var window = windows[index];
            var recorded = window.Attempts.GetValueOrDefault(authority, RecordedAttempts.None);
            var failed = window.FailedAttemptsSincePreviousOpened(authority);
            var openCircuit = failed > 0 ? recorded.GaveUpOnOpenCircuit : 0;
            var quick = views.Count(v => v.Elapsed < ResilienceSettings.AttemptTimeout);
            if (quick <= openCircuit && views.Count <= openCircuit + recorded.GaveUpForTime)
            {
                continue;
            }

            foreach (var view in views)
            {
                if (!_givenUp.Remove(view))
                {
                    continue;
                }

                unexplained.Add(RunVerdict.Describe(view, window, ExpectedViews.Accepted(view.Patient, view.Viewer, window.Faulted)) +
                    $"; {views.Count} views went without {Boroughs.Name(authority)}, healthy ({quick} of them quicker than an attempt timeout), " +
                    $"but the library gave it up for time {recorded.GaveUpForTime} times and on an open circuit {recorded.GaveUpOnOpenCircuit} times " +
                    $"(attempts that failed without an answer since the window before: {failed})");
            }
        }

        return unexplained;
    }

    /// <summary>The healthy authorities a view was explained to have gone without; none for any other view.</summary>
    public IReadOnlySet<string> GivenUp(Observation observation) =>
        _givenUp.GetValueOrDefault(observation) ?? (IReadOnlySet<string>)new HashSet<string>();
}

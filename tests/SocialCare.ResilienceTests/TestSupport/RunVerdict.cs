namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// A run's answers judged against the expected outcome of each patient, viewer and window. An answer is exact, or a
/// degradation the window's faults allow, or one the library explains by the machine's slowness (<see cref="SlowViews"/>),
/// or wrong.
/// </summary>
internal sealed record RunVerdict(
    int Exact,
    int Degraded,
    int Slowed,
    IReadOnlyList<string> Wrong,
    int ServerErrors,
    TimeSpan Slowest,
    TimeSpan SlowestHealthy,
    IReadOnlyList<string> LeakingResponses,
    int ExactWindows,
    IReadOnlyList<string> AccountingProblems,
    int ExplainedRetries)
{
    private const int Listed = 20;

    public static RunVerdict Of(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var windows = report.Windows.ToDictionary(w => w.Window.Index);
        var exact = 0;
        var degraded = 0;
        var wrong = new List<string>();
        var slow = new SlowViews();
        foreach (var observation in report.Observations)
        {
            var window = windows[observation.Window];
            var accepted = ExpectedViews.Accepted(observation.Patient, observation.Viewer, window.Faulted);
            if (observation.Outcome == accepted[0])
            {
                exact++;
            }
            else if (accepted.Contains(observation.Outcome))
            {
                degraded++;
            }
            else if (!slow.TryAdd(observation, window))
            {
                wrong.Add(Describe(observation, window, accepted));
            }
        }

        wrong.AddRange(slow.Unexplained(windows));
        var accounting = report.Windows
            .Select(w => CallAccounting.Check(w, report.Observations.Where(o => o.Window == w.Window.Index), slow.GivenUp))
            .ToList();
        return new RunVerdict(
            exact,
            degraded,
            slow.Explained,
            [.. wrong.Take(Listed)],
            report.Observations.Count(o => o.Outcome.Status == 500),
            report.Observations.Max(o => o.Elapsed),
            report.Observations.Where(o => IsHealthyMosaicView(o, windows[o.Window].Faulted)).Select(o => o.Elapsed).DefaultIfEmpty().Max(),
            [.. report.Observations.Where(o => o.Leaks.Count > 0).Take(Listed).Select(o => $"{o.Patient} as {o.Viewer}: {string.Join(", ", o.Leaks)}")],
            accounting.Count(a => a.Problems.Count == 0),
            [.. accounting.SelectMany(a => a.Problems).Take(Listed)],
            accounting.Sum(a => a.Explained));
    }

    public static string Describe(Observation observation, WindowRecord window, IReadOnlyList<ViewOutcome> accepted)
    {
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(accepted);
        return $"window {observation.Window} [{string.Join(", ", window.Faulted.Order())}]: {observation.Patient} as {observation.Viewer} " +
            $"was answered {observation.Outcome} in {observation.Elapsed.TotalSeconds:0.00} s; expected {string.Join(" or ", accepted)}";
    }

    /// <summary>A view that asked Mosaic, none of whose authorities had a fault: how long these take shows the margin left.</summary>
    private static bool IsHealthyMosaicView(Observation observation, IReadOnlySet<string> faulted)
    {
        var asked = DemoRecords.Asked(observation.Patient, observation.Viewer);
        return asked.Count > 0 && asked.All(a => !faulted.Contains(a.Authority) && !DemoRecords.SeedFaulted.Contains(a.Authority));
    }
}

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>A run's answers judged against the expected outcome of each patient, viewer and window.</summary>
internal sealed record RunVerdict(
    int Exact,
    int Degraded,
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
        var faulted = report.Windows.ToDictionary(w => w.Window.Index, w => w.Faulted);
        var exact = 0;
        var degraded = 0;
        var wrong = new List<string>();
        foreach (var observation in report.Observations)
        {
            var window = faulted[observation.Window];
            var accepted = ExpectedViews.Accepted(observation.Patient, observation.Viewer, window);
            if (observation.Outcome == accepted[0])
            {
                exact++;
            }
            else if (accepted.Contains(observation.Outcome))
            {
                degraded++;
            }
            else
            {
                wrong.Add($"window {observation.Window} [{string.Join(", ", window.Order())}]: {observation.Patient} as {observation.Viewer} " +
                    $"was answered {observation.Outcome}; expected {string.Join(" or ", accepted)}");
            }
        }

        var accounting = report.Windows
            .Select(w => CallAccounting.Check(w, report.Observations.Where(o => o.Window == w.Window.Index)))
            .ToList();
        return new RunVerdict(
            exact,
            degraded,
            [.. wrong.Take(Listed)],
            report.Observations.Count(o => o.Outcome.Status == 500),
            report.Observations.Max(o => o.Elapsed),
            report.Observations.Where(o => IsHealthyMosaicView(o, faulted[o.Window])).Select(o => o.Elapsed).DefaultIfEmpty().Max(),
            [.. report.Observations.Where(o => o.Leaks.Count > 0).Take(Listed).Select(o => $"{o.Patient} as {o.Viewer}: {string.Join(", ", o.Leaks)}")],
            accounting.Count(a => a.Problems.Count == 0),
            [.. accounting.SelectMany(a => a.Problems).Take(Listed)],
            accounting.Sum(a => a.Explained));
    }

    /// <summary>A view that asked Mosaic, none of whose authorities had a fault: how long these take shows the margin left.</summary>
    private static bool IsHealthyMosaicView(Observation observation, IReadOnlySet<string> faulted)
    {
        var asked = DemoRecords.Asked(observation.Patient, observation.Viewer);
        return asked.Count > 0 && asked.All(a => !faulted.Contains(a.Authority) && !DemoRecords.SeedFaulted.Contains(a.Authority));
    }
}

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// No caching, no extra calls: at every authority healthy for a whole window, the sandbox received exactly the calls
/// that window's answered views imply (one lookup per view that asks it, then each list's pages for a person found and
/// shared) and no token request (the token was fetched before the run). At the authorities whose seed faults keep them
/// down, at most one lookup per attempt the retries allow, and never a list.
/// </summary>
internal static class CallAccounting
{
    public static IReadOnlyList<string> Check(WindowRecord window, IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(window);
        var implied = new Dictionary<string, AuthorityCalls>(StringComparer.Ordinal);
        foreach (var observation in observations)
        {
            foreach (var answer in DemoRecords.Asked(observation.Patient, observation.Viewer))
            {
                implied[answer.Authority] = implied.GetValueOrDefault(answer.Authority, AuthorityCalls.None).Add(new(1, answer.ListPages, 0, 0));
            }
        }

        var actual = window.Calls;
        var problems = new List<string>();
        foreach (var (authority, _) in Boroughs.All.Where(b => !window.Faulted.Contains(b.Code)))
        {
            var expected = implied.GetValueOrDefault(authority, AuthorityCalls.None);
            var received = actual.GetValueOrDefault(authority, AuthorityCalls.None);
            var allowed = DemoRecords.SeedFaulted.Contains(authority)
                ? received.Lookups <= expected.Lookups * (ResilienceSettings.Retries + 1) && received with { Lookups = 0 } == AuthorityCalls.None
                : received == expected;
            if (!allowed)
            {
                problems.Add($"window {window.Window.Index} ({window.Window}), {Boroughs.Name(authority)}: views imply {expected}; the sandbox received {received}");
            }
        }

        return problems;
    }
}

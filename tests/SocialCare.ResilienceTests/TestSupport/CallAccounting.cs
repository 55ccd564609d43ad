namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// No caching, no extra calls: at every authority healthy for a whole window, the sandbox received the calls that
/// window's answered views imply (one lookup per view that asks it, then each list's pages for a person found and
/// shared) and no token request (the token was fetched before the run), and any call beyond those is one the library
/// itself recorded as a retry of an attempt that failed (an attempt of a healthy authority times out when a starved
/// machine runs it too late, and is retried, correctly). Nothing else explains a call. A view the library gave an
/// authority up on for time (<see cref="SlowViews"/>) implies at most its calls there, since it stopped part way. At the
/// authorities whose seed faults keep them down, at most one lookup per attempt the retries allow, and never a list.
/// </summary>
internal static class CallAccounting
{
    /// <summary>What is wrong with a window's calls, if anything, and how many calls the library's retries explained.</summary>
    public static (IReadOnlyList<string> Problems, int Explained) Check(
        WindowRecord window, IEnumerable<Observation> observations, Func<Observation, IReadOnlySet<string>> givenUp)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(givenUp);
        var implied = new Dictionary<string, AuthorityCalls>(StringComparer.Ordinal);
        var impliedAtMost = new Dictionary<string, AuthorityCalls>(StringComparer.Ordinal);
        foreach (var observation in observations)
        {
            var stopped = givenUp(observation);
            foreach (var answer in DemoRecords.Asked(observation.Patient, observation.Viewer))
            {
                var call = new AuthorityCalls(1, answer.ListPages, 0, 0);
                impliedAtMost[answer.Authority] = impliedAtMost.GetValueOrDefault(answer.Authority, AuthorityCalls.None).Add(call);
                if (!stopped.Contains(answer.Authority))
                {
                    implied[answer.Authority] = implied.GetValueOrDefault(answer.Authority, AuthorityCalls.None).Add(call);
                }
            }
        }

        var (calls, attempts, pending) = (window.Calls, window.Attempts, window.Pending);
        var problems = new List<string>();
        var explained = 0;
        foreach (var (authority, _) in Boroughs.All.Where(b => !window.Faulted.Contains(b.Code)))
        {
            var expected = implied.GetValueOrDefault(authority, AuthorityCalls.None);
            var atMost = impliedAtMost.GetValueOrDefault(authority, AuthorityCalls.None);
            var received = calls.GetValueOrDefault(authority, AuthorityCalls.None);
            var recorded = attempts.GetValueOrDefault(authority, RecordedAttempts.None);
            var late = pending.GetValueOrDefault(authority, AuthorityCalls.None);
            var unexplained = DemoRecords.SeedFaulted.Contains(authority)
                ? SeedFaulted(expected, received)
                : Healthy(expected, atMost, received, recorded, late);
            if (unexplained is not null)
            {
                var implies = expected == atMost ? $"{expected}" : $"{expected} (at most {atMost}, some given up for time)";
                problems.Add($"window {window.Window.Index} ({window.Window}), {Boroughs.Name(authority)}: views imply {implies}; " +
                    $"the sandbox received {received}; the library recorded attempts {recorded}, and {late} from before still pending: {unexplained}");
            }
            else if (!DemoRecords.SeedFaulted.Contains(authority))
            {
                explained += Math.Max(0, received.Lookups - atMost.Lookups) + Math.Max(0, received.ListPages - atMost.ListPages);
            }
        }

        return (problems, explained);
    }

    /// <summary>Why the calls at a healthy authority are wrong, or null when every one is explained.</summary>
    private static string? Healthy(AuthorityCalls expected, AuthorityCalls atMost, AuthorityCalls received, RecordedAttempts recorded, AuthorityCalls late)
    {
        if (received.TokenPosts != 0 || received.Other != 0)
        {
            return "no token request or other call may reach a healthy authority";
        }

        foreach (var (name, implied, most, got, attempts, failed, pending) in new[]
        {
            ("lookups", expected.Lookups, atMost.Lookups, received.Lookups, recorded.All.Lookups, recorded.Failed.Lookups, late.Lookups),
            ("list pages", expected.ListPages, atMost.ListPages, received.ListPages, recorded.All.ListPages, recorded.Failed.ListPages, late.ListPages),
        })
        {
            if (got < implied)
            {
                return $"fewer {name} than the views imply: something answered without asking Mosaic";
            }

            if (attempts - most > failed || attempts > most * (ResilienceSettings.Retries + 1))
            {
                return $"the library made {name} attempts beyond the views' that no failed attempt of its own explains";
            }

            if (got > attempts + pending)
            {
                return $"{name} the library never recorded making";
            }
        }

        return null;
    }

    /// <summary>Why the calls at an authority down for its seed's faults are wrong, or null.</summary>
    private static string? SeedFaulted(AuthorityCalls expected, AuthorityCalls received) =>
        received.Lookups <= expected.Lookups * (ResilienceSettings.Retries + 1) && received with { Lookups = 0 } == AuthorityCalls.None
            ? null
            : "more lookups than the retries allow, or a call other than a lookup";
}

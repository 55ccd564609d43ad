namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// The sandbox's running counts (<c>"GET /E09000013/v1/persons"</c> → n) read by authority and kind of call; the
/// difference of two snapshots is what arrived between them.
/// </summary>
internal static class SandboxCalls
{
    public static IReadOnlyDictionary<string, AuthorityCalls> ByAuthority(IReadOnlyDictionary<string, int> before, IReadOnlyDictionary<string, int> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var calls = new Dictionary<string, AuthorityCalls>(StringComparer.Ordinal);
        foreach (var (key, count) in after)
        {
            var arrived = count - before.GetValueOrDefault(key);
            if (arrived == 0)
            {
                continue;
            }

            var (authority, kind) = Classify(key);
            calls[authority] = calls.GetValueOrDefault(authority, AuthorityCalls.None).Add(kind switch
            {
                Kind.Lookup => new(arrived, 0, 0, 0),
                Kind.ListPage => new(0, arrived, 0, 0),
                Kind.Token => new(0, 0, arrived, 0),
                _ => new(0, 0, 0, arrived),
            });
        }

        return calls;
    }

    /// <summary>Every request since the sandbox started: GETs, token POSTs and anything else.</summary>
    public static (int Gets, int TokenPosts, int Other) Totals(IReadOnlyDictionary<string, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var byKind = counts.GroupBy(c => Classify(c.Key).Kind).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));
        var gets = byKind.GetValueOrDefault(Kind.Lookup) + byKind.GetValueOrDefault(Kind.ListPage);
        return (gets, byKind.GetValueOrDefault(Kind.Token), byKind.GetValueOrDefault(Kind.Other));
    }

    private static (string Authority, Kind Kind) Classify(string key)
    {
        var (method, path) = (key[..key.IndexOf(' ', StringComparison.Ordinal)], key[(key.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var authority = segments.Length > 0 ? segments[0] : "";
        return (method, segments) switch
        {
            ("GET", [_, "v1", "persons"]) => (authority, Kind.Lookup),
            ("GET", [_, "v1", "persons", _, _]) => (authority, Kind.ListPage),
            ("POST", [_, "oauth", "token"]) => (authority, Kind.Token),
            _ => (authority, Kind.Other),
        };
    }

    private enum Kind
    {
        Lookup,
        ListPage,
        Token,
        Other,
    }
}

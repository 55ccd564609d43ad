using System.Globalization;

namespace SocialCare.Load.OpenLoop;

/// <summary>The command line: <c>--url U --rate R [--duration S] [--warmup S] [--header "Name: value"]… [--connections N] [--timeout S] [--label L] [--json PATH]</c>.</summary>
public sealed record OpenLoopOptions
{
    private static readonly HashSet<string> Names =
        new(["--url", "--rate", "--duration", "--warmup", "--connections", "--timeout", "--label", "--json"], StringComparer.Ordinal);

    public required Uri Url { get; init; }

    public required double Rate { get; init; }

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Sent on the same schedule before <see cref="Duration"/> and not measured: connections, JIT, caches.</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; init; } = [];

    public int Connections { get; init; } = 64;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public string? Label { get; init; }

    public string? JsonPath { get; init; }

    /// <summary>Reads the arguments; throws <see cref="ArgumentException"/> naming the one that is wrong.</summary>
    public static OpenLoopOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var headers = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{name} needs a value.", nameof(args));
            if (name == "--header")
            {
                headers.Add(Header(value));
            }
            else if (!Names.Contains(name) || !values.TryAdd(name, value))
            {
                throw new ArgumentException($"Unknown or repeated argument {name}.", nameof(args));
            }
        }

        var defaults = new OpenLoopOptions { Url = new Uri("http://127.0.0.1/"), Rate = 1 };
        return new OpenLoopOptions
        {
            Url = LoopbackUrl(values.GetValueOrDefault("--url") ?? throw new ArgumentException("--url is required.", nameof(args))),
            Rate = Positive("--rate", values.GetValueOrDefault("--rate") ?? throw new ArgumentException("--rate is required.", nameof(args))),
            Duration = values.TryGetValue("--duration", out var duration) ? Seconds("--duration", duration) : defaults.Duration,
            Warmup = values.TryGetValue("--warmup", out var warmup) ? (warmup == "0" ? TimeSpan.Zero : Seconds("--warmup", warmup)) : defaults.Warmup,
            Headers = headers,
            Connections = values.TryGetValue("--connections", out var connections) ? (int)Positive("--connections", connections) : defaults.Connections,
            Timeout = values.TryGetValue("--timeout", out var timeout) ? Seconds("--timeout", timeout) : defaults.Timeout,
            Label = values.GetValueOrDefault("--label"),
            JsonPath = values.GetValueOrDefault("--json"),
        };
    }

    // The generator is for this machine's own servers: it must never be pointed at someone else's.
    private static Uri LoopbackUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.IsLoopback
            ? uri
            : throw new ArgumentException($"--url must be an http(s) URL on the loopback address, not {value}.", nameof(value));

    private static KeyValuePair<string, string> Header(string value) =>
        value.IndexOf(':', StringComparison.Ordinal) is var colon and > 0
            ? new(value[..colon].Trim(), value[(colon + 1)..].Trim())
            : throw new ArgumentException($"--header must be \"Name: value\", not {value}.", nameof(value));

    private static double Positive(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0 && double.IsFinite(number)
            ? number
            : throw new ArgumentException($"{name} must be a positive number, not {value}.", nameof(name));

    private static TimeSpan Seconds(string name, string value) => TimeSpan.FromSeconds(Positive(name, value));
}

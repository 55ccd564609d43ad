using System.Globalization;
using System.Text.Json;
using SocialCare.Load.OpenLoop;

// `dotnet SocialCare.Load.OpenLoop.dll --url http://127.0.0.1:5080/api/v1/patients/demo-full/social-care --rate 400
//   --duration 30 --header "X-Demo-Viewer: demo-full"`: see benchmarks/load/README.md.
OpenLoopOptions options;
try
{
    options = OpenLoopOptions.Parse(args);
}
catch (ArgumentException exception)
{
    await Console.Error.WriteLineAsync(exception.Message);
    await Console.Error.WriteLineAsync(
        "usage: --url URL --rate PER_SECOND [--duration S] [--warmup S] [--header \"Name: value\"]… [--connections N] [--timeout S] [--label L] [--json PATH]");
    return 2;
}

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, UseCookies = false })
{
    Timeout = options.Timeout,
};
var result = await new OpenLoopRunner(http, options).RunAsync();

var culture = CultureInfo.InvariantCulture;
var latency = result.Latency;
Console.WriteLine(string.Create(culture, $"{result.Label}: {result.Requests} requests at {result.Rate:0.#}/s for {result.DurationSeconds:0.#} s, achieved {result.AchievedRate:0.#}/s; {result.Non2xx} non-2xx, {result.Errors} errors"));
Console.WriteLine(string.Create(culture, $"  latency ms  p50 {latency.P50:0.00}  p90 {latency.P90:0.00}  p99 {latency.P99:0.00}  p99.9 {latency.P999:0.00}  max {latency.Max:0.00}  p99/p50 {latency.TailRatio:0.00}"));
Console.WriteLine(string.Create(culture, $"  dispatch lag ms  p50 {result.DispatchLag.P50:0.000}  p99 {result.DispatchLag.P99:0.000}  max {result.DispatchLag.Max:0.000}"));

// One line for scripts: key=value, invariant culture.
Console.WriteLine(string.Create(
    culture,
    $"RESULT requests={result.Requests} achieved={result.AchievedRate:0.0} non2xx={result.Non2xx} errors={result.Errors} p50={latency.P50:0.00} p90={latency.P90:0.00} p99={latency.P99:0.00} p999={latency.P999:0.00} max={latency.Max:0.00} ratio={latency.TailRatio:0.00} lag99={result.DispatchLag.P99:0.000}"));

if (options.JsonPath is { } path)
{
    await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, OpenLoopJsonContext.Default.OpenLoopResult));
}

return 0;

using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

// The audit store's write cost, through the host's own entry point (AddSocialCareAudit): for each number of writers,
// that many tasks append entries as fast as the store takes them (closed loop) for the given seconds, after a
// warm-up; every WriteAsync is timed. With --stores N the writers are spread over N stores of their own (service
// providers, connection pools, group commits), as N instances of a host would be. Prints one Markdown row per count.
//
//   dotnet run -c Release --project benchmarks/load/AuditWrites -- [--provider Sqlite|PostgreSql] [--connection-string "…"]
//       [--writers 1,8,32] [--stores 1] [--seconds 10] [--warmup 2]
//
// Without a connection string: a fresh SQLite file in the temporary folder, deleted at the end.
var arguments = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    // Later options win, so that a script's defaults can be overridden.
    arguments[args[i].TrimStart('-')] = args[i + 1];
}

var provider = arguments.GetValueOrDefault("provider", "Sqlite");
var temporary = arguments.ContainsKey("connection-string") ? null : Path.Combine(Path.GetTempPath(), $"socialcare-audit-bench-{Guid.NewGuid():N}.db");
var connectionString = arguments.GetValueOrDefault("connection-string") ?? $"Data Source={temporary}";
int[] writerCounts = [.. arguments.GetValueOrDefault("writers", "1,8,32").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture))];
var seconds = double.Parse(arguments.GetValueOrDefault("seconds", "10"), CultureInfo.InvariantCulture);
var warmup = double.Parse(arguments.GetValueOrDefault("warmup", "2"), CultureInfo.InvariantCulture);
var storeCount = int.Parse(arguments.GetValueOrDefault("stores", "1"), CultureInfo.InvariantCulture);

var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
{
    ["SocialCare:Audit:Provider"] = provider,
    ["SocialCare:Audit:ConnectionString"] = connectionString,
    ["SocialCare:Audit:Key"] = "benchmark-audit-key-0123456789abcdefghij",
    ["SocialCare:Audit:CreateSchema"] = "true",
}).Build();
var providers = new List<ServiceProvider>();
for (var i = 0; i < storeCount; i++)
{
    var services = new ServiceCollection().AddLogging();
    services.AddSocialCareAudit(configuration);
    providers.Add(services.BuildServiceProvider());
    foreach (var hosted in providers[^1].GetServices<IHostedService>())
    {
        await hosted.StartAsync(CancellationToken.None);
    }
}

ISocialCareAuditSink[] sinks = [.. providers.Select(p => p.GetRequiredService<ISocialCareAuditSink>())];
Console.WriteLine($"audit writes: {provider}, {storeCount} store(s), {seconds} s per row after {warmup} s of warm-up, {Environment.ProcessorCount} cores");
Console.WriteLine();
Console.WriteLine("| writers | writes/s | p50 ms | p90 ms | p99 ms | max ms |");
Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
foreach (var writers in writerCounts)
{
    await RunAsync(sinks, writers, TimeSpan.FromSeconds(warmup));
    var (latencies, elapsed) = await RunAsync(sinks, writers, TimeSpan.FromSeconds(seconds));
    latencies.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {writers} | {latencies.Count / elapsed.TotalSeconds:F0} | {At(latencies, 0.50):F2} | {At(latencies, 0.90):F2} | {At(latencies, 0.99):F2} | {latencies[^1]:F2} |"));
}

foreach (var provided in providers)
{
    await provided.DisposeAsync();
}

if (temporary is not null)
{
    foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
    {
        File.Delete(temporary + suffix);
    }
}

static async Task<(List<double> Latencies, TimeSpan Elapsed)> RunAsync(ISocialCareAuditSink[] sinks, int writers, TimeSpan duration)
{
    var viewer = ViewerId.Create("benchmark-viewer").Value;
    var all = new List<double>[writers];
    var clock = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
    {
        var patient = PatientId.Create($"benchmark-patient-{w}").Value;
        var mine = all[w] = [];
        var sink = sinks[w % sinks.Length];
        while (clock.Elapsed < duration)
        {
            var at = DateTimeOffset.UtcNow;
            var entry = new SocialCareAuditEntry(
                Guid.CreateVersion7(at), at, viewer, [ViewerRelationship.Carer], patient, AuditSurface.Record, ["E09000013"],
                "social-care.shown", "social-care.shown", "0af7651916cd43dd8448eb211c80319c");
            var started = Stopwatch.GetTimestamp();
            await sink.WriteAsync(entry, CancellationToken.None);
            mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    })));
    return ([.. all.SelectMany(l => l)], clock.Elapsed);
}

static double At(List<double> sorted, double quantile) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(quantile * sorted.Count) - 1)];

using System.Collections.Concurrent;
using System.Diagnostics;
using SocialCare.Mosaic.Sandbox;

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// The run: a few clients ask for every (patient, viewer) pair of the demo over and over, each in its own fixed
/// shuffled order, while the windows of <see cref="FaultSchedule"/> switch sandbox faults on and off. At each window's
/// edge the clients pause and the last answers arrive before the faults change and the sandbox's counts are read.
/// There too, an authority whose recovery time has passed since its fault was removed is probed with its own
/// patient's view, which must then show it healthy: from the next window on its views must be exact again.
/// </summary>
internal sealed class FaultRun(
    MosaicSandbox sandbox, AttemptLog attempts, Func<HttpClient> createClient, int clients, int seed, CancellationToken cancellationToken)
{
    private const int ProbeAttempts = 4;
    private static readonly TimeSpan ProbePause = TimeSpan.FromMilliseconds(250);

    /// <summary>Only a bound on a hang: every authority answers its patient long before this on any machine.</summary>
    private static readonly TimeSpan WarmUpBound = TimeSpan.FromSeconds(60);

    private readonly ConcurrentQueue<Observation> _observations = new();
    private readonly Dictionary<string, long> _recoveredAt = new(StringComparer.Ordinal);
    private readonly List<string> _recoveryFailures = [];
    private int _probes;

    public async Task<RunReport> RunAsync(IReadOnlyList<FaultWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var started = Stopwatch.GetTimestamp();
        var previousOpened = sandbox.Requests.CountsByMethodAndPath();
        using var coordinator = createClient();
        await WarmUpAsync(coordinator);

        var gate = new WindowGate();
        var pairs = Demo.Patients.Append(Demo.UnknownPatient).SelectMany(p => Demo.Viewers.Select(v => (Patient: p, Viewer: v))).ToList();
        var loops = Enumerable.Range(0, clients).Select(c => Task.Run(() => LoopAsync(gate, Shuffled(pairs, seed + c)))).ToList();
        var ran = new List<(FaultWindow Window, HashSet<string> Faulted, IReadOnlyDictionary<string, int> PreviousOpened, IReadOnlyDictionary<string, int> Opened, IReadOnlyDictionary<string, int> Closed)>();
        ProcessSnapshot? middle = null;
        foreach (var window in windows)
        {
            var faulted = _recoveredAt.Keys.Concat(window.Faults.Where(f => !f.IsHarmless).Select(f => f.Authority)).ToHashSet(StringComparer.Ordinal);
            var opened = sandbox.Requests.CountsByMethodAndPath();
            attempts.Begin(RunSpans.Window(window.Index));
            var ids = window.Faults.Select(f => sandbox.Faults.Add(f.Fault)).ToList();
            gate.Open(window);
            await Task.Delay(window.Duration, cancellationToken);
            await gate.CloseAsync();
            ids.ForEach(id => sandbox.Faults.Remove(id));
            ran.Add((window, faulted, previousOpened, opened, sandbox.Requests.CountsByMethodAndPath()));
            attempts.Begin(RunSpans.EdgeAfter(window.Index));
            previousOpened = opened;

            var removed = Stopwatch.GetTimestamp();
            foreach (var fault in window.Faults.Where(f => !f.IsHarmless))
            {
                var until = removed + (long)(fault.Recovery!.Value.TotalSeconds * Stopwatch.Frequency);
                _recoveredAt[fault.Authority] = Math.Max(_recoveredAt.GetValueOrDefault(fault.Authority), until);
            }

            if (window.Index == FaultSchedule.Middle)
            {
                middle = ProcessSnapshot.Take();
            }

            await SettleAsync(coordinator);
        }

        gate.Finish();
        await Task.WhenAll(loops);
        while (_recoveredAt.Count > 0)
        {
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), _recoveredAt.Values.Min());
            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, cancellationToken);
            await SettleAsync(coordinator);
        }

        // Read only now: an attempt a view abandoned is logged once its cancellation has run, which may be after its
        // window closed; it still counts in the window it began in.
        var records = ran
            .Select(w => new WindowRecord(
                w.Window, w.Faulted, w.PreviousOpened, w.Opened, w.Closed,
                attempts.In(RunSpans.Window(w.Window.Index)), attempts.In(RunSpans.Before(w.Window.Index))))
            .ToList();
        var end = ProcessSnapshot.Take();
        return new RunReport(
            [.. _observations], records, _probes, _recoveryFailures, middle ?? end, end,
            sandbox.Requests.CountsByMethodAndPath(), Stopwatch.GetElapsedTime(started));
    }

    private static List<(string Patient, string Viewer)> Shuffled(List<(string Patient, string Viewer)> pairs, int seed)
    {
        // Deterministic: every run asks in the same orders. Not for security.
        var random = new Random(seed);
        var shuffled = pairs.ToArray();
        random.Shuffle(shuffled);
        return [.. shuffled];
    }

    /// <summary>
    /// Each view that reaches Mosaic, asked by its patient until it is answered exactly and the library has recorded a
    /// token for each of its authorities, so that every token is fetched and code is compiled before the run. Once is
    /// not enough on a starved machine: a first token request can time out, and the library then rightly remembers
    /// that failure for a few seconds, which would leave an authority down (or asking for a token) in the first window
    /// although no fault touched it; at an authority down for its seed's faults the answer looks the same either way.
    /// </summary>
    private async Task WarmUpAsync(HttpClient client)
    {
        var started = Stopwatch.GetTimestamp();
        foreach (var patient in Demo.Patients.Where(p => ExpectedViews.ReachesMosaic(p, p)))
        {
            var expected = ExpectedViews.For(patient, patient, new HashSet<string>());
            var authorities = DemoRecords.For(patient).Select(a => a.Authority).ToList();
            ViewOutcome answered;
            while ((answered = (await AskAsync(client, patient, patient, cancellationToken)).Outcome) != expected || !authorities.All(attempts.HasToken))
            {
                if (Stopwatch.GetElapsedTime(started) > WarmUpBound)
                {
                    throw new InvalidOperationException(
                        $"Before the run, {patient} was still answered {answered} (expected {expected}), tokens for {string.Join(", ", authorities.Where(attempts.HasToken))} of {string.Join(", ", authorities)}.");
                }

                await Task.Delay(ProbePause, cancellationToken);
            }
        }
    }

    private static async Task<(ViewOutcome Outcome, IReadOnlyList<string> Leaks, TimeSpan Elapsed)> AskAsync(
        HttpClient client, string patient, string viewer, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Demo.ViewRoute(patient), UriKind.Relative));
        request.Headers.Add(Demo.ViewerHeader, viewer);
        using var response = await client.SendAsync(request, cancellationToken);
        var (outcome, leaks) = await ViewReader.ReadAsync(response, patient, cancellationToken);
        return (outcome, leaks, Stopwatch.GetElapsedTime(started));
    }

    private async Task LoopAsync(WindowGate gate, List<(string Patient, string Viewer)> order)
    {
        using var client = createClient();
        var next = 0;
        while (await gate.EnterAsync() is { } window)
        {
            try
            {
                var (patient, viewer) = order[next++ % order.Count];
                var (outcome, leaks, elapsed) = await AskAsync(client, patient, viewer, cancellationToken);
                _observations.Enqueue(new Observation(window.Index, patient, viewer, elapsed, outcome, leaks));
            }
            finally
            {
                gate.Exit();
            }
        }
    }

    /// <summary>Probes each authority whose recovery time has passed; one that does not answer soon is a failure.</summary>
    private async Task SettleAsync(HttpClient client)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var authority in _recoveredAt.Where(r => r.Value <= now).Select(r => r.Key).ToList())
        {
            var patient = ProbePatients.For(authority);
            var others = _recoveredAt.Keys.Where(a => a != authority).ToHashSet(StringComparer.Ordinal);
            var accepted = ExpectedViews.Accepted(patient, patient, others);
            ViewOutcome? last = null;
            for (var attempt = 0; attempt < ProbeAttempts && (last is null || !accepted.Contains(last)); attempt++)
            {
                if (attempt > 0)
                {
                    await Task.Delay(ProbePause, cancellationToken);
                }

                _probes++;
                last = (await AskAsync(client, patient, patient, cancellationToken)).Outcome;
            }

            if (!accepted.Contains(last!))
            {
                _recoveryFailures.Add($"{Boroughs.Name(authority)} had not recovered after its fault: {patient} was answered {last}");
            }

            _recoveredAt.Remove(authority);
        }
    }
}

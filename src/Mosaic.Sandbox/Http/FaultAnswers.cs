using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using SocialCare.Mosaic.Sandbox.Faults;

namespace SocialCare.Mosaic.Sandbox.Http;

/// <summary>
/// The faults that change how a request is answered: latency before anything else, then the one fault that answers
/// in place of the contract (a status, a hang, a malformed, cut-short, dropped or oversized answer). A fault limited
/// by <see cref="SandboxFault.Times"/> is used up only by a request it answers.
/// </summary>
internal sealed class FaultAnswers(SandboxFaults faults, CancellationToken stopping)
{
    private static readonly TimeSpan HangCap = TimeSpan.FromMinutes(5);

    /// <summary>Waits for every latency fault that matches.</summary>
    public async Task DelayAsync(HttpContext context, IReadOnlyList<FaultEntry> matching)
    {
        var delay = TimeSpan.Zero;
        foreach (var entry in matching)
        {
            if (entry.Fault.Kind == SandboxFaultKind.Latency && faults.TryUse(entry))
            {
                delay += entry.Fault.Delay;
            }
        }

        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>The first matching fault of <paramref name="kind"/> (and <paramref name="when"/>) that is not used up, which this uses.</summary>
    public SandboxFault? Use(IReadOnlyList<FaultEntry> matching, Func<SandboxFault, bool> kind, Func<FaultEntry, bool>? when = null)
    {
        foreach (var entry in matching)
        {
            if (kind(entry.Fault) && (when is null || when(entry)) && faults.TryUse(entry))
            {
                return entry.Fault;
            }
        }

        return null;
    }

    /// <summary>
    /// Answers with the first matching fault that answers in place of the contract, if any; true when it did.
    /// <paramref name="body"/> is the answer the fault spoils (a truncated answer sends half of it).
    /// </summary>
    public async Task<bool> TryAnswerAsync(HttpContext context, IReadOnlyList<FaultEntry> matching, Func<byte[]> body)
    {
        if (Use(matching, f => IsAnswerFault(f.Kind)) is not { } fault)
        {
            return false;
        }

        switch (fault.Kind)
        {
            case SandboxFaultKind.RateLimit:
                context.Response.Headers.RetryAfter = fault.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await HttpAnswers.ProblemAsync(context, StatusCodes.Status429TooManyRequests).ConfigureAwait(false);
                break;
            case SandboxFaultKind.Hang:
                await HangAsync(context).ConfigureAwait(false);
                break;
            case SandboxFaultKind.Malformed:
                await HttpAnswers.WriteAsync(context, StatusCodes.Status200OK, HttpAnswers.Json, "{\"items\": [ {\"id\": <html>Mosaic</html>")
                    .ConfigureAwait(false);
                break;
            case SandboxFaultKind.Truncated:
                await TruncatedAsync(context, body()).ConfigureAwait(false);
                break;
            case SandboxFaultKind.Drop:
                context.Abort();
                break;
            case SandboxFaultKind.Oversize:
                await OversizeAsync(context, fault.Bytes).ConfigureAwait(false);
                break;
            default:
                await HttpAnswers.ProblemAsync(context, fault.Status, "Injected by the sandbox.").ConfigureAwait(false);
                break;
        }

        return true;
    }

    private static bool IsAnswerFault(SandboxFaultKind kind) =>
        kind is not (SandboxFaultKind.Latency or SandboxFaultKind.InvalidToken or SandboxFaultKind.ExpiredToken
            or SandboxFaultKind.TokenRefused);

    private async Task HangAsync(HttpContext context)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await Task.Delay(HangCap, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The client gave up or the sandbox is stopping: either way there is no one to answer.
        }

        context.Abort();
    }

    private static async Task TruncatedAsync(HttpContext context, byte[] body)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = HttpAnswers.Json;
        context.Response.ContentLength = body.Length + 1024;
        await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2), context.RequestAborted).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);

        // Let the half body reach the client before the connection ends, so it sees a short body, not no answer.
        await Task.Delay(TimeSpan.FromMilliseconds(20), context.RequestAborted).ConfigureAwait(false);
        context.Abort();
    }

    private static async Task OversizeAsync(HttpContext context, long bytes)
    {
        var head = Encoding.UTF8.GetBytes("{\"persons\":[],\"items\":[],\"page\":1,\"pageSize\":1,\"nextPage\":null,\"padding\":\"");
        var tail = Encoding.UTF8.GetBytes("\"}");
        var padding = Math.Max(0, bytes - head.Length - tail.Length);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = HttpAnswers.Json;
        context.Response.ContentLength = head.Length + padding + tail.Length;
        await context.Response.Body.WriteAsync(head, context.RequestAborted).ConfigureAwait(false);
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'x');
        for (var left = padding; left > 0; left -= chunk.Length)
        {
            await context.Response.Body.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, left)), context.RequestAborted)
                .ConfigureAwait(false);
        }

        await context.Response.Body.WriteAsync(tail, context.RequestAborted).ConfigureAwait(false);
    }
}

using System.Diagnostics;

namespace SocialCare.Application.Telemetry;

/// <summary>One view's span and timing, from its start to the code it was answered.</summary>
internal sealed class ViewSpan(SocialCareTelemetry telemetry, Activity? activity, string surface, TimeProvider time) : IDisposable
{
    private readonly long _started = time.GetTimestamp();

    public void Answered(string outcome, int authorityCount) =>
        telemetry.ViewAnswered(activity, surface, outcome, authorityCount, time.GetElapsedTime(_started));

    public void Dispose() => activity?.Dispose();
}

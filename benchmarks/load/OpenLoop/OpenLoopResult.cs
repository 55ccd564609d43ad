namespace SocialCare.Load.OpenLoop;

/// <summary>
/// One measured run. Latency runs from each request's scheduled time to the end of its response body, for every
/// request (errors at the time they failed); <see cref="DispatchLag"/> is how late the generator itself sent, which
/// is part of that latency and should stay far below it.
/// </summary>
public sealed record OpenLoopResult(
    string Label,
    string Url,
    double Rate,
    double DurationSeconds,
    int Requests,
    int Successes,
    int Non2xx,
    int Errors,
    double AchievedRate,
    LatencySummary Latency,
    LatencySummary DispatchLag);

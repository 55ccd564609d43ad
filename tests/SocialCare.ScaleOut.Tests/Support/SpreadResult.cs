using System.Net;

namespace SocialCare.ScaleOut.Tests.Support;

/// <summary>What one spread of requests got: each answer's Host and status, and how many refills its duration allows.</summary>
internal sealed record SpreadResult(IReadOnlyList<(string Host, HttpStatusCode Status)> Statuses, int Refills)
{
    public int Admitted => Statuses.Count(s => s.Status == HttpStatusCode.OK);

    public int Refused => Statuses.Count(s => s.Status == HttpStatusCode.TooManyRequests);

    /// <summary>Any answer that is neither a view nor a rate-limit refusal (a 500, say).</summary>
    public IEnumerable<string> Unexpected => Statuses.Where(s => s.Status is not (HttpStatusCode.OK or HttpStatusCode.TooManyRequests)).Select(s => $"{s.Host}: {(int)s.Status}");

    public IEnumerable<string> AdmittedBy => Statuses.Where(s => s.Status == HttpStatusCode.OK).Select(s => s.Host).Distinct();
}

using SocialCare.Mosaic.Sandbox;

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// Both sides' running counts read at one moment: the requests the sandbox received (by method and path) and the
/// attempts the library recorded (<see cref="AttemptLog"/>). The difference of two is what happened between them.
/// </summary>
internal sealed record CallCounts(IReadOnlyDictionary<string, int> Sandbox, IReadOnlyDictionary<string, RecordedAttempts> Library)
{
    public static CallCounts Take(MosaicSandbox sandbox, AttemptLog attempts)
    {
        ArgumentNullException.ThrowIfNull(sandbox);
        ArgumentNullException.ThrowIfNull(attempts);

        // The library's first: an attempt it recorded has reached the sandbox, if ever, before it was recorded.
        var library = attempts.Snapshot();
        return new(sandbox.Requests.CountsByMethodAndPath(), library);
    }
}

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// The attempts the library recorded at one authority (<see cref="AttemptLog"/>), by kind of call: all of them, and
/// those that failed without an answer from Mosaic (each of which may be followed by a retry, or reach Mosaic late).
/// </summary>
internal sealed record RecordedAttempts(AuthorityCalls All, AuthorityCalls Failed)
{
    public static RecordedAttempts None { get; } = new(AuthorityCalls.None, AuthorityCalls.None);

    /// <summary>What was recorded between two snapshots of the running counts.</summary>
    public static IReadOnlyDictionary<string, RecordedAttempts> Between(
        IReadOnlyDictionary<string, RecordedAttempts> before, IReadOnlyDictionary<string, RecordedAttempts> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return after.ToDictionary(
            a => a.Key,
            a => new RecordedAttempts(
                a.Value.All.Minus(before.GetValueOrDefault(a.Key, None).All),
                a.Value.Failed.Minus(before.GetValueOrDefault(a.Key, None).Failed)),
            StringComparer.Ordinal);
    }

    public override string ToString() => $"{All} ({Failed.Lookups + Failed.ListPages + Failed.TokenPosts + Failed.Other} failed)";
}

using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.TestSupport;

/// <summary>What no response may carry (spec §3, §4), and the check that looks for it.</summary>
internal static class Leaks
{
    /// <summary>Every NHS number of the seed, as recorded and as people write them (3 3 4).</summary>
    public static IReadOnlyList<string> NhsNumbers { get; } =
    [
        .. Demo.NhsNumbers,
        .. Demo.NhsNumbers.Select(n => $"{n[..3]} {n[3..6]} {n[6..]}"),
    ];

    public static IReadOnlyList<string> InResponses { get; } =
    [
        .. NhsNumbers,

        // The sandbox writes these markers into every assessment's form and every case note's title and text.
        "SENTINEL-",
        // demo-full's first assessment carries form contents in the seed.
        "Synthetic form contents",
        // Stack traces and exception text.
        "   at ",
        "Exception",
        // Workers of records that must never be fetched or shown: demo-not-shared withheld consent, demo-unavailable's
        // council is down, demo-outside-pilot is asked of no council.
        "Odile Farrant",
        "Bram Achterberg",
        "Caspian Mbeki",
    ];

    /// <summary>Fails naming what leaked, without printing a body that may be hundreds of kilobytes long.</summary>
    public static void AssertNoneIn(string body, string what)
    {
        var found = InResponses.Where(leak => body.Contains(leak, StringComparison.Ordinal)).ToList();
        Assert.That(found, Is.Empty, $"{what} carries what no response may carry");
    }
}

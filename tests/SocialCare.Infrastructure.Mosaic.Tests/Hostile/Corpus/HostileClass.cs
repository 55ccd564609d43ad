namespace SocialCare.Infrastructure.Mosaic.Tests.Hostile.Corpus;

/// <summary>The classes of hostile answer issue 11 lists; every one has at least one row.</summary>
internal static class HostileClass
{
    public const string WrongJsonType = "wrong JSON type";
    public const string Null = "null";
    public const string Missing = "missing";
    public const string Empty = "empty";
    public const string HugeValue = "huge (1 MiB)";
    public const string DeepNesting = "deep nesting";
    public const string OverflowingNumbers = "overflowing numbers";
    public const string OverflowingDates = "overflowing dates";
    public const string Offsets = "offsets at ±14:00";
    public const string InvalidUtf8 = "invalid UTF-8";
    public const string ByteOrderMarks = "BOMs";
    public const string DuplicateKeys = "duplicate keys";
    public const string ExtraFields = "extra unknown fields";
    public const string NextPageLoops = "nextPage loops";
    public const string NextPageJumps = "nextPage jumps";
    public const string TruncatedBodies = "truncated bodies";
    public const string WrongContentType = "wrong content-type";
    public const string GzipBombs = "gzip bombs";
    public const string FalseContentLength = "false Content-Length";
    public const string SlowDrip = "slow drip";
    public const string BadHeaderLines = "bad header lines";
    public const string BadStatusLines = "bad status lines";
    public const string Redirects = "redirects";
    public const string Informational = "1xx";
    public const string StatusCodes = "every status code 100-599";

    /// <summary>Not in the list, but in the corpus: values of the right type the contract does not have, paging, sizes, bodies that are not JSON.</summary>
    public const string WrongValue = "values the contract does not have";
    public const string Paging = "paging";
    public const string Oversized = "oversized answers";
    public const string NotJson = "bodies that are not JSON";
    public const string Silence = "silence and hang-ups";

    public static IReadOnlyList<string> Required { get; } =
    [
        WrongJsonType, Null, Missing, Empty, HugeValue, DeepNesting, OverflowingNumbers, OverflowingDates, Offsets, InvalidUtf8,
        ByteOrderMarks, DuplicateKeys, ExtraFields, NextPageLoops, NextPageJumps, TruncatedBodies, WrongContentType, GzipBombs,
        FalseContentLength, SlowDrip, BadHeaderLines, BadStatusLines, Redirects, Informational, StatusCodes,
    ];
}

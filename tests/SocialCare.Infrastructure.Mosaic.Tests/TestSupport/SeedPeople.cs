using SocialCare.Domain.Patients;

namespace SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

/// <summary>The NHS numbers of the sandbox's seed (src/Mosaic.Sandbox/seed.json), written out rather than read from it.</summary>
internal static class SeedPeople
{
    public static readonly NhsNumber Full = Number("9990000018");
    public static readonly NhsNumber NotKnown = Number("9990000026");
    public static readonly NhsNumber NotShared = Number("9990000034");
    public static readonly NhsNumber Unavailable = Number("9990000042");
    public static readonly NhsNumber Partial = Number("9990000050");
    public static readonly NhsNumber TwoAuthorities = Number("9990000069");
    public static readonly NhsNumber RecordMismatch = Number("9990000077");
    public static readonly NhsNumber Large = Number("9990000085");
    public static readonly NhsNumber Unreadable = Number("9990000107");

    /// <summary>A valid number no seed person has, for people a test seeds itself.</summary>
    public static readonly NhsNumber Seeded = Number("9990000115");

    public static NhsNumber Number(string digits) => NhsNumber.Create(digits).Value;
}

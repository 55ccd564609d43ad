using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Records;

namespace SocialCare.Application.Tests.TestSupport;

/// <summary>Synthetic Mosaic answers.</summary>
internal static class Records
{
    public static readonly DateTimeOffset RetrievedAt = new(2026, 3, 4, 10, 15, 30, 101, TimeSpan.Zero);

    public static SocialCareRecord For(LocalAuthority authority) => new(
        authority,
        RetrievedAt,
        [new SocialWorker("Ada Example", "Adult Social Care Team", "020 7946 0000", WorkerRelationship.AllocatedWorker)],
        [new CarePackage(new DateOnly(2025, 11, 3), null, "Example Care Ltd", "4 calls a day", "Home care")],
        [new AssessmentSummary("Care Act assessment", new DateOnly(2026, 2, 11))],
        [new CaseNoteMeta(new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 28))],
        [new CommunicationNeed(CommunicationNeedCategory.InformationFormat, "Large print", new DateOnly(2025, 6, 1))]);

    public static MosaicLookup Found(LocalAuthority authority, int unreadableItems = 0) =>
        new MosaicLookup.Found(For(authority), unreadableItems);

    public static MosaicLookup NotShared { get; } = new MosaicLookup.NotShared();

    public static MosaicLookup NotFound { get; } = new MosaicLookup.NotFound();

    public static MosaicLookup SeveralPersons { get; } = new MosaicLookup.SeveralPersons();

    public static MosaicLookup Unavailable { get; } = new MosaicLookup.Unavailable(UnavailableReason.ServerError);
}

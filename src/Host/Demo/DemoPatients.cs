namespace SocialCare.Host.Demo;

/// <summary>What each demo patient of the seed shows, for the start page.</summary>
internal static class DemoPatients
{
    public static IReadOnlyList<(string Id, string Shows)> All { get; } =
    [
        ("demo-full", "A full record from Hammersmith and Fulham"),
        ("demo-not-known", "Not known to any connected local authority"),
        ("demo-not-shared", "Has not agreed to share with other organisations in Mosaic"),
        ("demo-no-nhs-number", "No NHS number recorded in PKB"),
        ("demo-invalid-nhs-number", "An NHS number that fails its check digit"),
        ("demo-unavailable", "Their local authority's Mosaic is down"),
        ("demo-partial", "One local authority has data, another is down"),
        ("demo-two-authorities", "Records at Brent and at Ealing"),
        ("demo-record-mismatch", "Two Mosaic records for one NHS number"),
        ("demo-large", "5,000 case notes and 500 assessments"),
        ("demo-outside-pilot", "Linked only to a team outside the pilot region"),
        ("sandbox-unreadable", "Some items Mosaic sent could not be read"),
    ];
}

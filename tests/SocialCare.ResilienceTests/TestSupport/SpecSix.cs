namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// Spec §6's expected views, written out by hand as in the Api tests (tests/SocialCare.Api.Tests/TestSupport/SpecSix.cs),
/// to hold <see cref="ExpectedViews"/> to them. Columns: the patient themself; carer with the label, team professional,
/// individual professional; then every other viewer.
/// </summary>
internal static class SpecSix
{
    private static readonly SpecOutcome Shown = new(200, null, Sources: 1);
    private static readonly SpecOutcome Denied = new(403, "social-care.access-denied");
    private static readonly SpecOutcome NotKnown = new(404, "social-care.not-known");

    public static IReadOnlyList<(string Patient, SpecOutcome Self, SpecOutcome Labelled)> Rows { get; } =
    [
        (Demo.Full, Shown, Shown),
        (Demo.NotKnown, NotKnown, NotKnown),
        (Demo.NotShared, new(403, "social-care.not-shared"), NotKnown),
        (Demo.NoNhsNumber, new(422, "social-care.no-nhs-number"), new(422, "social-care.no-nhs-number")),
        (Demo.InvalidNhsNumber, new(422, "social-care.invalid-nhs-number"), new(422, "social-care.invalid-nhs-number")),
        (Demo.Unavailable, new(503, "social-care.unavailable"), new(503, "social-care.unavailable")),
        (Demo.Partial, new(200, null, 1, "social-care.authority-unavailable"), new(200, null, 1, "social-care.authority-unavailable")),
        (Demo.TwoAuthorities, new(200, null, 2), new(200, null, 2)),
        (Demo.RecordMismatch, new(409, "social-care.record-mismatch"), NotKnown),
        (Demo.Large, Shown, Shown),
        (Demo.OutsidePilot, new(403, "social-care.not-in-pilot"), new(403, "social-care.not-in-pilot")),
        (Demo.Unreadable, new(200, null, 1, "social-care.partial-record"), new(200, null, 1, "social-care.partial-record")),
        (Demo.UnknownPatient, Denied, Denied),
    ];

    /// <summary>Every (patient, viewer) of the demo with its expected view.</summary>
    public static IEnumerable<(string Patient, string Viewer, SpecOutcome Expected)> Cases() =>
        Rows.SelectMany(row => Demo.Viewers.Select(viewer => (
            row.Patient,
            viewer,
            viewer == row.Patient ? row.Self : Demo.Labelled.Contains(viewer) ? row.Labelled : Denied)));
}

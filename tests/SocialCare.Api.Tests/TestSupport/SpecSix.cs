namespace SocialCare.Api.Tests.TestSupport;

/// <summary>
/// Spec §6's expected rows (with §1's rules for the tab), written out by hand from the spec and never computed from
/// the code under test. Columns, in order: the patient themself; the three viewers with access (carer with the
/// label, team professional, individual professional); the carer without the label, the professional without it,
/// the unrelated viewer, a viewer id the demo does not know, and every other patient of the seed.
/// </summary>
internal static class SpecSix
{
    private static readonly Outcome Shown = new(200, null, Sources: 1, Warnings: []);
    private static readonly Outcome ShownFromTwoAuthorities = new(200, null, Sources: 2, Warnings: []);
    private static readonly Outcome ShownWithAuthorityUnavailable = new(200, null, Sources: 1, Warnings: ["social-care.authority-unavailable"]);
    private static readonly Outcome ShownWithPartialRecord = new(200, null, Sources: 1, Warnings: ["social-care.partial-record"]);
    private static readonly Outcome ShownWithEveryCaseNote = new(200, null, Sources: 1, Warnings: [], CaseNotes: 5000);
    private static readonly Outcome Denied = new(403, "social-care.access-denied");
    private static readonly Outcome NotInPilot = new(403, "social-care.not-in-pilot");
    private static readonly Outcome NotShared = new(403, "social-care.not-shared");
    private static readonly Outcome NotKnown = new(404, "social-care.not-known");
    private static readonly Outcome RecordMismatch = new(409, "social-care.record-mismatch");
    private static readonly Outcome NoNhsNumber = new(422, "social-care.no-nhs-number");
    private static readonly Outcome InvalidNhsNumber = new(422, "social-care.invalid-nhs-number");
    private static readonly Outcome Unavailable = new(503, "social-care.unavailable");

    private static readonly TabOutcome Visible = new(true, null);
    private static readonly TabOutcome HiddenNotInPilot = new(false, "social-care.not-in-pilot");
    private static readonly TabOutcome HiddenDenied = new(false, "social-care.access-denied");

    public static IReadOnlyList<SpecRow<Outcome>> View { get; } =
    [
        new(Demo.Full, Shown, Shown, Shown, Shown, Denied, Denied, Denied, Denied, Denied),
        new(Demo.NotKnown, NotKnown, NotKnown, NotKnown, NotKnown, Denied, Denied, Denied, Denied, Denied),
        new(Demo.NotShared, NotShared, NotKnown, NotKnown, NotKnown, Denied, Denied, Denied, Denied, Denied),
        new(Demo.NoNhsNumber, NoNhsNumber, NoNhsNumber, NoNhsNumber, NoNhsNumber, Denied, Denied, Denied, Denied, Denied),
        new(Demo.InvalidNhsNumber, InvalidNhsNumber, InvalidNhsNumber, InvalidNhsNumber, InvalidNhsNumber, Denied, Denied, Denied, Denied, Denied),
        new(Demo.Unavailable, Unavailable, Unavailable, Unavailable, Unavailable, Denied, Denied, Denied, Denied, Denied),
        new(Demo.Partial, ShownWithAuthorityUnavailable, ShownWithAuthorityUnavailable, ShownWithAuthorityUnavailable, ShownWithAuthorityUnavailable, Denied, Denied, Denied, Denied, Denied),
        new(Demo.TwoAuthorities, ShownFromTwoAuthorities, ShownFromTwoAuthorities, ShownFromTwoAuthorities, ShownFromTwoAuthorities, Denied, Denied, Denied, Denied, Denied),
        new(Demo.RecordMismatch, RecordMismatch, NotKnown, NotKnown, NotKnown, Denied, Denied, Denied, Denied, Denied),
        new(Demo.Large, ShownWithEveryCaseNote, ShownWithEveryCaseNote, ShownWithEveryCaseNote, ShownWithEveryCaseNote, Denied, Denied, Denied, Denied, Denied),
        new(Demo.OutsidePilot, NotInPilot, NotInPilot, NotInPilot, NotInPilot, Denied, Denied, Denied, Denied, Denied),
        new(Demo.Unreadable, ShownWithPartialRecord, ShownWithPartialRecord, ShownWithPartialRecord, ShownWithPartialRecord, Denied, Denied, Denied, Denied, Denied),

        // No one knows this id, not even a viewer with the same id: access is never inferred from equal ids.
        new(Demo.UnknownPatient, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied),
    ];

    public static IReadOnlyList<SpecRow<TabOutcome>> Tab { get; } =
    [
        new(Demo.Full, Visible, Visible, Visible, Visible, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied),
        new(Demo.NotKnown, Visible, Visible, Visible, Visible, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied),
        new(Demo.NotShared, Visible, Visible, Visible, Visible, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied),
        new(Demo.NoNhsNumber, Visible, Visible, Visible, Visible, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied),
        new(Demo.InvalidNhsNumber, Visible, Visible, Visible, Visible, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied),
        new(Demo.Unavailable, Visible, Visible, Visible, Visible, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied),
        new(Demo.Partial, Visible, Visible, Visible, Visible, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied),
        new(Demo.TwoAuthorities, Visible, Visible, Visible, Visible, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied),
        new(Demo.RecordMismatch, Visible, Visible, Visible, Visible, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied),
        new(Demo.Large, Visible, Visible, Visible, Visible, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied),
        new(Demo.OutsidePilot, HiddenNotInPilot, HiddenNotInPilot, HiddenNotInPilot, HiddenNotInPilot, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied),
        new(Demo.Unreadable, Visible, Visible, Visible, Visible, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied),
        new(Demo.UnknownPatient, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied, HiddenDenied),
    ];
}

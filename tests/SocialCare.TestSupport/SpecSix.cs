namespace SocialCare.TestSupport;

/// <summary>
/// Spec §6's expected rows (with §1's rules for the tab), written out by hand from the spec and never computed from
/// the code under test. Columns, in order: the patient themself; the three viewers with access (carer with the
/// label, team professional, individual professional); the carer without the label, the professional without it,
/// the unrelated viewer, a viewer id the demo does not know, and every other patient of the seed.
/// </summary>
public static class SpecSix
{
    private static readonly ViewExpectation Shown = new(200, null, Sources: 1, Warnings: []);
    private static readonly ViewExpectation ShownFromTwoAuthorities = new(200, null, Sources: 2, Warnings: []);
    private static readonly ViewExpectation ShownWithAuthorityUnavailable = new(200, null, Sources: 1, Warnings: ["social-care.authority-unavailable"]);
    private static readonly ViewExpectation ShownWithPartialRecord = new(200, null, Sources: 1, Warnings: ["social-care.partial-record"]);
    private static readonly ViewExpectation ShownWithEveryCaseNote = new(200, null, Sources: 1, Warnings: [], CaseNotes: 5000);
    private static readonly ViewExpectation Denied = new(403, "social-care.access-denied");
    private static readonly ViewExpectation NotInPilot = new(403, "social-care.not-in-pilot");
    private static readonly ViewExpectation NotShared = new(403, "social-care.not-shared");
    private static readonly ViewExpectation NotKnown = new(404, "social-care.not-known");
    private static readonly ViewExpectation RecordMismatch = new(409, "social-care.record-mismatch");
    private static readonly ViewExpectation NoNhsNumber = new(422, "social-care.no-nhs-number");
    private static readonly ViewExpectation InvalidNhsNumber = new(422, "social-care.invalid-nhs-number");
    private static readonly ViewExpectation Unavailable = new(503, "social-care.unavailable");

    private static readonly TabExpectation Visible = new(true, null);
    private static readonly TabExpectation HiddenNotInPilot = new(false, "social-care.not-in-pilot");
    private static readonly TabExpectation HiddenDenied = new(false, "social-care.access-denied");

    public static IReadOnlyList<SpecRow<ViewExpectation>> View { get; } =
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

    public static IReadOnlyList<SpecRow<TabExpectation>> Tab { get; } =
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

    /// <summary>NUnit cases of (patient, viewer, expected view), named by patient and viewer.</summary>
    public static IEnumerable<TestCaseData> ViewCases() => Cases(View);

    /// <summary>NUnit cases of (patient, viewer, expected tab), named by patient and viewer.</summary>
    public static IEnumerable<TestCaseData> TabCases() => Cases(Tab);

    private static IEnumerable<TestCaseData> Cases<T>(IEnumerable<SpecRow<T>> rows) =>
        rows.SelectMany(row => row.ByViewer().Select(c =>
            new TestCaseData(row.Patient, c.Viewer, c.Expected).SetArgDisplayNames(row.Patient, c.Viewer)));
}

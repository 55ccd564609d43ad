namespace SocialCare.TestSupport;

/// <summary>
/// The demo's patients and viewers (spec §6, docs/sandbox.md), written out rather than read from the seed, and how a
/// request names its viewer.
/// </summary>
public static class Demo
{
    public const string ViewerHeader = "X-Demo-Viewer";
    public const string ViewerCookie = "demo-viewer";

    public const string Full = "demo-full";
    public const string NotKnown = "demo-not-known";
    public const string NotShared = "demo-not-shared";
    public const string NoNhsNumber = "demo-no-nhs-number";
    public const string InvalidNhsNumber = "demo-invalid-nhs-number";
    public const string Unavailable = "demo-unavailable";
    public const string Partial = "demo-partial";
    public const string TwoAuthorities = "demo-two-authorities";
    public const string RecordMismatch = "demo-record-mismatch";
    public const string Large = "demo-large";
    public const string OutsidePilot = "demo-outside-pilot";
    public const string Unreadable = "sandbox-unreadable";

    /// <summary>Well-formed, and no one's: not in the seed.</summary>
    public const string UnknownPatient = "demo-nobody";

    public const string CarerWithLabel = "demo-carer-with-label";
    public const string CarerWithoutLabel = "demo-carer-without-label";
    public const string TeamProfessional = "demo-team-professional";
    public const string IndividualProfessional = "demo-individual-professional";
    public const string ProfessionalWithoutLabel = "demo-professional-without-label";
    public const string Unrelated = "demo-unrelated";

    /// <summary>A viewer id the demo has never heard of: a viewer with no grants.</summary>
    public const string UnknownViewer = "demo-stranger";

    /// <summary>Every patient of the seed; each is also that patient's own viewer.</summary>
    public static IReadOnlyList<string> Patients { get; } =
    [
        Full, NotKnown, NotShared, NoNhsNumber, InvalidNhsNumber, Unavailable, Partial, TwoAuthorities, RecordMismatch,
        Large, OutsidePilot, Unreadable,
    ];

    /// <summary>The six viewers who are not patients.</summary>
    public static IReadOnlyList<string> Personas { get; } =
    [
        CarerWithLabel, CarerWithoutLabel, TeamProfessional, IndividualProfessional, ProfessionalWithoutLabel, Unrelated,
    ];

    /// <summary>The viewers who hold the social care label on every demo patient.</summary>
    public static IReadOnlyList<string> Labelled { get; } = [CarerWithLabel, TeamProfessional, IndividualProfessional];

    /// <summary>Every viewer: each patient, the six personas and a stranger.</summary>
    public static IReadOnlyList<string> Viewers { get; } = [.. Patients, .. Personas, UnknownViewer];

    /// <summary>Every NHS number in the seed, the invalid one included, as recorded.</summary>
    public static IReadOnlyList<string> NhsNumbers { get; } =
    [
        "9990000018", "9990000026", "9990000034", "9990000042", "9990000050", "9990000069", "9990000077",
        "9990000085", "9990000093", "9990000019", "9990000107",
    ];
}

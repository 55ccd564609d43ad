using SocialCare.TestSupport;

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// What each demo patient's own authorities answer, written out by hand from the seed (src/Mosaic.Sandbox/seed.json)
/// and spec §4's rules of what is shown, never computed from the code under test. Lists are counted as shown:
/// social workers, care packages, assessments, case notes, communication needs.
/// </summary>
internal static class DemoRecords
{
    /// <summary>The authorities whose seed faults make them unavailable for their patient all the time.</summary>
    public static IReadOnlySet<string> SeedFaulted { get; } = new HashSet<string> { Boroughs.Hounslow, Boroughs.Westminster };

    private static readonly Dictionary<string, IReadOnlyList<AuthorityAnswer>> Answers = new()
    {
        // Three of six workers, three of five agreements, three of six assessments, five of eight notes, four of five needs.
        [Demo.Full] = [AuthorityAnswer.Found(Boroughs.Hammersmith, new(3, 3, 3, 5, 4))],
        [Demo.NotKnown] = [AuthorityAnswer.Is(Boroughs.Ealing, AnswerKind.NotFound)],
        [Demo.NotShared] = [AuthorityAnswer.Is(Boroughs.Harrow, AnswerKind.NotShared)],
        [Demo.Unavailable] = [AuthorityAnswer.Is(Boroughs.Hounslow, AnswerKind.Unavailable)],
        [Demo.Partial] =
        [
            AuthorityAnswer.Found(Boroughs.Hammersmith, new(1, 1, 0, 1, 0)),
            AuthorityAnswer.Is(Boroughs.Westminster, AnswerKind.Unavailable),
        ],
        [Demo.TwoAuthorities] =
        [
            AuthorityAnswer.Found(Boroughs.Brent, new(1, 1, 1, 0, 0)),
            AuthorityAnswer.Found(Boroughs.Ealing, new(0, 1, 0, 1, 0)),
        ],
        [Demo.RecordMismatch] = [AuthorityAnswer.Is(Boroughs.Hillingdon, AnswerKind.SeveralPersons)],

        // 5,000 notes in five pages of 1,000, the other four lists one page each.
        [Demo.Large] = [AuthorityAnswer.Found(Boroughs.Kensington, new(3, 0, 500, 5000, 0), listPages: 9)],
        [Demo.Unreadable] = [AuthorityAnswer.Found(Boroughs.Hammersmith, new(1, 1, 1, 1, 1), partialRecord: true)],
    };

    /// <summary>The patient's own authorities' answers; none for a patient whose view stops before Mosaic.</summary>
    public static IReadOnlyList<AuthorityAnswer> For(string patient) => Answers.GetValueOrDefault(patient) ?? [];

    /// <summary>The authorities a view asks: the patient's own, once the viewer has access and the view reaches Mosaic.</summary>
    public static IReadOnlyList<AuthorityAnswer> Asked(string patient, string viewer) =>
        ExpectedViews.ReachesMosaic(patient, viewer) ? For(patient) : [];
}

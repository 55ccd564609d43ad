using SocialCare.TestSupport;

namespace SocialCare.ResilienceTests.TestSupport;

/// <summary>
/// Spec §1's decision for the demo: who is refused before Mosaic, and how the authorities' answers combine into one
/// view (step 9: sources and warnings by authority name; with no data, unavailable over record-mismatch over
/// not-shared over not-known; step 10: anyone but the patient sees not-shared and record-mismatch as not-known).
/// </summary>
internal static class ExpectedViews
{
    private const string AuthorityUnavailable = "social-care.authority-unavailable";
    private const string PartialRecord = "social-care.partial-record";

    /// <summary>Whether the viewer holds the label on a known patient: the patient themself or a labelled viewer.</summary>
    public static bool HasAccess(string patient, string viewer) =>
        Demo.Patients.Contains(patient) && (viewer == patient || Demo.Labelled.Contains(viewer));

    public static bool ReachesMosaic(string patient, string viewer) =>
        HasAccess(patient, viewer) && patient is not (Demo.OutsidePilot or Demo.NoNhsNumber or Demo.InvalidNhsNumber);

    /// <summary>The view when the authorities in <paramref name="unavailable"/> cannot be reached (none: the full outcome).</summary>
    public static ViewOutcome For(string patient, string viewer, IReadOnlySet<string> unavailable)
    {
        if (!HasAccess(patient, viewer))
        {
            return ViewOutcome.Problem(403, "social-care.access-denied");
        }

        switch (patient)
        {
            case Demo.OutsidePilot:
                return ViewOutcome.Problem(403, "social-care.not-in-pilot");
            case Demo.NoNhsNumber:
                return ViewOutcome.Problem(422, "social-care.no-nhs-number");
            case Demo.InvalidNhsNumber:
                return ViewOutcome.Problem(422, "social-care.invalid-nhs-number");
        }

        var answers = DemoRecords.For(patient)
            .Select(a => unavailable.Contains(a.Authority) ? a.AsUnavailable() : a)
            .OrderBy(a => Boroughs.Name(a.Authority), StringComparer.Ordinal)
            .ToList();
        var found = answers.Where(a => a.Kind == AnswerKind.Found).ToList();
        if (found.Count > 0)
        {
            var warnings = answers
                .Where(a => a.Kind == AnswerKind.Unavailable).Select(a => (Code: AuthorityUnavailable, a.Authority))
                .Concat(found.Where(a => a.PartialRecord).Select(a => (Code: PartialRecord, a.Authority)))
                .OrderBy(w => Boroughs.Name(w.Authority), StringComparer.Ordinal).ThenBy(w => w.Code, StringComparer.Ordinal)
                .ToList();
            return ViewOutcome.Shown([.. found.Select(a => (a.Authority, a.Lists!))], warnings);
        }

        var self = viewer == patient;
        return answers.Select(a => a.Kind).ToHashSet() switch
        {
            var kinds when kinds.Contains(AnswerKind.Unavailable) => ViewOutcome.Problem(503, "social-care.unavailable"),
            var kinds when kinds.Contains(AnswerKind.SeveralPersons) && self => ViewOutcome.Problem(409, "social-care.record-mismatch"),
            var kinds when kinds.Contains(AnswerKind.NotShared) && self => ViewOutcome.Problem(403, "social-care.not-shared"),
            _ => ViewOutcome.Problem(404, "social-care.not-known"),
        };
    }

    /// <summary>
    /// Every outcome acceptable while the authorities in <paramref name="faulted"/> may or may not be reachable: the
    /// outcome for each subset of them that is unavailable, the empty subset (the full outcome) first.
    /// </summary>
    public static IReadOnlyList<ViewOutcome> Accepted(string patient, string viewer, IReadOnlySet<string> faulted)
    {
        var asked = DemoRecords.Asked(patient, viewer).Select(a => a.Authority).Where(faulted.Contains).ToList();
        var outcomes = new List<ViewOutcome>();
        for (var mask = 0; mask < 1 << asked.Count; mask++)
        {
            var unavailable = asked.Where((_, i) => (mask & (1 << i)) != 0).ToHashSet();
            var outcome = For(patient, viewer, unavailable);
            if (!outcomes.Contains(outcome))
            {
                outcomes.Add(outcome);
            }
        }

        return outcomes;
    }
}

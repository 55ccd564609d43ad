using SocialCare.ResilienceTests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.ResilienceTests;

/// <summary>
/// The run's model of the views (<see cref="ExpectedViews"/>, <see cref="DemoRecords"/>) agrees with spec §6 when
/// every authority is healthy, and degrades as spec §1 says when one is not.
/// </summary>
public class ExpectedViewsTests
{
    [Test]
    public void With_every_authority_healthy_each_view_is_spec_six()
    {
        var disagreements = SpecSix.View
            .SelectMany(row => row.ByViewer().Select(c => (row.Patient, c.Viewer, c.Expected)))
            .Select(c => (c.Patient, c.Viewer, c.Expected, Model: ExpectedViews.For(c.Patient, c.Viewer, new HashSet<string>())))
            .Where(c => !Agrees(c.Patient, c.Model, c.Expected))
            .Select(c => $"{c.Patient} as {c.Viewer}: {c.Model}, spec says {c.Expected}")
            .ToList();

        Assert.That(disagreements, Is.Empty);
    }

    [Test]
    public void Single_authority_patient_whose_authority_is_down_is_unavailable_and_may_still_be_shown()
    {
        var accepted = ExpectedViews.Accepted(Demo.Full, Demo.CarerWithLabel, new HashSet<string> { Boroughs.Hammersmith });

        Assert.That(accepted.Select(a => $"{a.Status} {a.Code}"), Is.EqualTo(new[] { "200 ", "503 social-care.unavailable" }));
    }

    [Test]
    public void Two_authority_patient_with_one_down_is_shown_from_the_other_with_a_warning_naming_it()
    {
        var accepted = ExpectedViews.Accepted(Demo.TwoAuthorities, Demo.TwoAuthorities, new HashSet<string> { Boroughs.Ealing });

        Assert.That(accepted.Select(a => a.Data), Is.EqualTo(new[]
        {
            "sources [E09000005 1/1/1/0/0, E09000009 0/1/0/1/0] warnings []",
            "sources [E09000005 1/1/1/0/0] warnings [social-care.authority-unavailable@E09000009]",
        }));
    }

    [Test]
    public void Viewer_refused_before_mosaic_has_one_answer_whatever_is_down()
    {
        var everyAuthority = Boroughs.All.Select(b => b.Code).ToHashSet();

        Assert.That(ExpectedViews.Accepted(Demo.Full, Demo.Unrelated, everyAuthority), Is.EqualTo(new[] { ViewOutcome.Problem(403, "social-care.access-denied") }));
        Assert.That(ExpectedViews.Accepted(Demo.OutsidePilot, Demo.OutsidePilot, everyAuthority), Is.EqualTo(new[] { ViewOutcome.Problem(403, "social-care.not-in-pilot") }));
    }

    [Test]
    public void Patient_not_shared_whose_authority_is_down_is_unavailable_to_everyone()
    {
        var harrow = new HashSet<string> { Boroughs.Harrow };

        Assert.That(ExpectedViews.Accepted(Demo.NotShared, Demo.TeamProfessional, harrow).Select(a => a.Code), Is.EqualTo(new[] { "social-care.not-known", "social-care.unavailable" }));
    }

    // The model's case notes are DemoRecords' count, checked where spec §6 names one (the large record).
    private static bool Agrees(string patient, ViewOutcome model, ViewExpectation expected) =>
        model.Status == expected.Status
        && model.Code == expected.Code
        && model.Sources == expected.Sources
        && model.WarningCodes == string.Join(",", expected.Warnings ?? [])
        && (expected.CaseNotes is not { } caseNotes
            || DemoRecords.For(patient).Where(a => a.Kind == AnswerKind.Found).Sum(a => a.Lists!.CaseNotes) == caseNotes);
}

using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Page.Golden;

/// <summary>
/// Every state of the page through the reference Host is the same DOM as the one kept in <c>Files/</c> (issue 13:
/// the page's HTML may change its escaping or white space, never its elements, attributes or text): every demo
/// patient as themself, as a viewer with access and as one without; the <c>full=</c> lists; and every failure the
/// edge and the use case can answer; the Host's start page for each kind of viewer.
/// </summary>
public class PageGoldenTests : DemoHostFixture
{
    private protected override DemoHostFactory CreateHost() => Faults.Host();

    [OneTimeSetUp]
    public Task UseUpTheExhaustedViewersPermits() => Faults.ExhaustAsync(Client);

    [TestCaseSource(nameof(States))]
    public async Task State_of_the_page_is_the_dom_it_was(string name, string method, string path, string? viewer, int status)
    {
        // The exhausted viewer's permits come back one every 3 s: ask until refused, however long the fixture took.
        var answer = viewer == Faults.ExhaustedViewer
            ? await Faults.AskUntilRefusedAsync(Client, new HttpMethod(method), path)
            : await Client.AskAsync(new HttpMethod(method), path, viewer);

        Assert.That(answer.Status, Is.EqualTo(status), name);
        GoldenFiles.Check(name, answer.Body, masked: true);
    }

    [TestCase(null, "nobody")]
    [TestCase(Demo.CarerWithLabel, "carer-with-label")]
    [TestCase(Demo.Full, "patient")]
    [TestCase("<b>x</b>&\"", "unknown-hostile")]
    public async Task Start_page_is_the_dom_it_was(string? viewer, string label)
    {
        var cookie = viewer is null ? [] : new[] { ("Cookie", $"{Demo.ViewerCookie}={Uri.EscapeDataString(viewer)}") };

        var answer = await Client.AskAsync(HttpMethod.Get, "/", viewer: null, cookie);

        Assert.That(answer.Status, Is.EqualTo(200));
        GoldenFiles.Check($"start-page.{label}", answer.Body, masked: true);
    }

    private static IEnumerable<TestCaseData> States()
    {
        foreach (var patient in Demo.Patients.Append(Demo.UnknownPatient))
        {
            foreach (var (viewer, label) in new[] { (patient, "self"), (Demo.CarerWithLabel, "carer-with-label"), (Demo.Unrelated, "unrelated") })
            {
                yield return State($"{patient}.as-{label}", "GET", Routes.Page(patient), viewer, StatusOf(patient, label));
            }
        }

        foreach (var viewer in new[] { Demo.TeamProfessional, Demo.IndividualProfessional, Demo.CarerWithoutLabel, Demo.ProfessionalWithoutLabel, Demo.UnknownViewer })
        {
            yield return State($"demo-full.as-{viewer}", "GET", Routes.Page(Demo.Full), viewer, Demo.Labelled.Contains(viewer) ? 200 : 403);
        }

        yield return State("demo-outside-pilot.as-team-professional", "GET", Routes.Page(Demo.OutsidePilot), Demo.TeamProfessional, 403);
        yield return State("demo-record-mismatch.as-team-professional", "GET", Routes.Page(Demo.RecordMismatch), Demo.TeamProfessional, 404);
        yield return State("history.as-unrelated", "GET", Routes.HistoryPage(Demo.Full), Demo.Unrelated, 403);
        yield return State("history.as-carer-with-label", "GET", Routes.HistoryPage(Demo.Full), Demo.CarerWithLabel, 403);
        yield return State("history.400-malformed-before", "GET", Routes.HistoryPage(Demo.Full) + "?before=yesterday", Demo.Full, 400);
        yield return State("history.401-no-viewer", "GET", Routes.HistoryPage(Demo.Full), null, 401);
        yield return State("demo-large.full-assessments", "GET", Routes.Page(Demo.Large) + "?full=assessments", Demo.Large, 200);
        yield return State("demo-large.full-case-notes", "GET", Routes.Page(Demo.Large) + "?full=case-notes", Demo.Large, 200);
        yield return State("demo-full.full-social-workers", "GET", Routes.Page(Demo.Full) + "?full=social-workers", Demo.Full, 200);
        yield return State("demo-full.full-communication-needs", "GET", Routes.Page(Demo.Full) + "?full=communication-needs", Demo.CarerWithLabel, 200);
        yield return State("demo-two-authorities.full-care-packages", "GET", Routes.Page(Demo.TwoAuthorities) + "?full=care-packages", Demo.TwoAuthorities, 200);
        yield return State("failure.400-malformed-patient-id", "GET", Routes.Page("bad!id"), Demo.Full, 400);
        yield return State("failure.400-malformed-query", "GET", Routes.Page(Demo.Full) + "?full=everything", Demo.Full, 400);
        yield return State("failure.401-no-viewer", "GET", Routes.Page(Demo.Full), null, 401);
        yield return State("failure.405-post", "POST", Routes.Page(Demo.Full), Demo.Full, 405);
        yield return State("failure.429-rate-limited", "GET", Routes.Page(Demo.Full), Faults.ExhaustedViewer, 429);
        yield return State("failure.500-bug", "GET", Routes.Page(Demo.Full), BuggyViewerResolver.Viewer, 500);
        yield return State("failure.503-directory-down", "GET", Routes.Page(Demo.Full), FailingPatientDirectory.Viewer, 503);
    }

    private static TestCaseData State(string name, string method, string path, string? viewer, int status) =>
        new TestCaseData(name, method, path, viewer, status).SetArgDisplayNames(name);

    // Spec §6's rows for the three viewers, written out (SpecSix says the same for every viewer).
    private static int StatusOf(string patient, string viewer) => (patient, viewer) switch
    {
        (_, "unrelated") or (Demo.UnknownPatient, _) => 403,
        (Demo.NotKnown, _) or (Demo.NotShared or Demo.RecordMismatch, "carer-with-label") => 404,
        (Demo.NotShared or Demo.OutsidePilot, _) => 403,
        (Demo.RecordMismatch, _) => 409,
        (Demo.NoNhsNumber or Demo.InvalidNhsNumber, _) => 422,
        (Demo.Unavailable, _) => 503,
        _ => 200,
    };
}

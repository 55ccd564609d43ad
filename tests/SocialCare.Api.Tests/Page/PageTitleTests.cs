using SocialCare.Api.Tests.TestSupport;

namespace SocialCare.Api.Tests.Page;

/// <summary>Each state of the page has a title of its own, so that a tab, a history entry or a screen reader tells them apart.</summary>
public class PageTitleTests : DemoHostFixture
{
    private protected override DemoHostFactory CreateHost() => Faults.Host();

    [OneTimeSetUp]
    public Task UseUpTheExhaustedViewersPermits() => Faults.ExhaustAsync(Client);

    [Test]
    public async Task Every_state_of_the_page_has_its_own_title()
    {
        (string Method, string Patient, string? Viewer, int Status)[] states =
        [
            ("GET", Demo.Full, Demo.Full, 200),
            ("GET", Demo.Partial, Demo.Partial, 200),
            ("GET", Demo.Unreadable, Demo.Unreadable, 200),
            ("GET", "bad!id", Demo.Full, 400),
            ("GET", Demo.Full, null, 401),
            ("GET", Demo.Full, Demo.Unrelated, 403),
            ("GET", Demo.OutsidePilot, Demo.OutsidePilot, 403),
            ("GET", Demo.NotShared, Demo.NotShared, 403),
            ("GET", Demo.NotKnown, Demo.NotKnown, 404),
            ("POST", Demo.Full, Demo.Full, 405),
            ("GET", Demo.RecordMismatch, Demo.RecordMismatch, 409),
            ("GET", Demo.NoNhsNumber, Demo.NoNhsNumber, 422),
            ("GET", Demo.InvalidNhsNumber, Demo.InvalidNhsNumber, 422),
            ("GET", Demo.Full, Faults.ExhaustedViewer, 429),
            ("GET", Demo.Full, BuggyViewerResolver.Viewer, 500),
            ("GET", Demo.Unavailable, Demo.Unavailable, 503),
        ];

        var titles = new List<string?>();
        foreach (var (method, patient, viewer, status) in states)
        {
            var answer = viewer == Faults.ExhaustedViewer
                ? await Faults.AskUntilRefusedAsync(Client, new HttpMethod(method), Routes.Page(patient))
                : await Client.AskAsync(new HttpMethod(method), Routes.Page(patient), viewer);
            Assert.That(answer.Status, Is.EqualTo(status), $"{method} {patient} as {viewer}");
            titles.Add(answer.Title);
        }

        Assert.That(titles, Is.Unique.And.All.Contain("Social care"));
    }
}

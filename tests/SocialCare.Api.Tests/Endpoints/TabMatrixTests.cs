using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Endpoints;

/// <summary>Spec §1's tab rules for every patient of the seed and an unknown one, as every demo viewer.</summary>
public class TabMatrixTests : DemoHostFixture
{
    [TestCaseSource(nameof(Cases))]
    public async Task Tab_shows_or_hides_for_each_viewer_as_spec_1_says(string patient, string viewer, TabExpectation expected)
    {
        var answer = await Client.GetAsync(Routes.Tab(patient), viewer);

        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        var tab = answer.Json();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.ContentType, Does.StartWith("application/json"));
            Assert.That(tab.GetProperty("visible").GetBoolean(), Is.EqualTo(expected.Visible));
            Assert.That(tab.GetProperty("reason").GetString(), Is.EqualTo(expected.Reason));
        }

        Leaks.AssertNoneIn(answer.Body, $"the tab of {patient} as {viewer}");
    }

    [Test]
    public async Task Tab_is_exactly_visible_and_a_null_reason()
    {
        var answer = await Client.GetAsync(Routes.Tab(Demo.Full), Demo.Full);

        Assert.That(answer.Body, Is.EqualTo("""{"visible":true,"reason":null}"""));
    }

    [Test]
    public async Task Hidden_tab_gives_its_reason_in_full()
    {
        var answer = await Client.GetAsync(Routes.Tab(Demo.OutsidePilot), Demo.OutsidePilot);

        Assert.That(answer.Body, Is.EqualTo("""{"visible":false,"reason":"social-care.not-in-pilot"}"""));
    }

    private static IEnumerable<TestCaseData> Cases() => SpecSix.TabCases();
}

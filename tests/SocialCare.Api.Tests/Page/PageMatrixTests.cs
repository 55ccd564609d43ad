using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Page;

/// <summary>The page answers spec §6's rows with the API's status, as HTML titled for its state.</summary>
public class PageMatrixTests : DemoHostFixture
{
    [TestCaseSource(nameof(Cases))]
    public async Task Page_answers_each_viewer_with_the_api_status_and_the_title_of_its_state(string patient, string viewer, ViewExpectation expected)
    {
        var answer = await Client.GetAsync(Routes.Page(patient), viewer);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(expected.Status));
            Assert.That(answer.ContentType, Is.EqualTo("text/html; charset=utf-8"));
            Assert.That(answer.Title, Is.EqualTo(PageTitles.For(expected.Code, expected.Warnings)));
        }

        Leaks.AssertNoneIn(answer.Body, $"the page of {patient} as {viewer}");
    }

    private static IEnumerable<TestCaseData> Cases() => SpecSix.ViewCases();
}

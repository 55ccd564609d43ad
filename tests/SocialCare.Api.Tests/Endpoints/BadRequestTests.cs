using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Endpoints;

/// <summary>Spec §1 step 1 and §2: a malformed patient id or query is a 400, before anything else is asked.</summary>
public class BadRequestTests : DemoHostFixture
{
    private const string View = "/api/v1/patients/{0}/social-care";
    private const string Tab = "/api/v1/patients/{0}/social-care/tab";
    private const string Page = "/patients/{0}/social-care";

    [Test]
    public async Task Malformed_patient_id_is_a_bad_request(
        [Values(View, Tab, Page)] string route,
        [Values("bad!id", "demo.full", "demo%20full", "d%C3%A9mo", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] string patientId)
    {
        var answer = await Client.GetAsync(string.Format(null, route, patientId), Demo.Full);

        AssertBadRequest(answer, route == Page);
    }

    [Test]
    public async Task Patient_id_of_64_characters_is_well_formed([Values(View, Tab, Page)] string route)
    {
        var answer = await Client.GetAsync(string.Format(null, route, new string('a', 64)), Demo.Full);

        Assert.That(answer.Status, Is.Not.EqualTo(400));
    }

    [Test]
    public async Task Malformed_patient_id_is_answered_before_the_viewer_is_asked_for([Values(View, Tab, Page)] string route)
    {
        var answer = await Client.GetAsync(string.Format(null, route, "bad!id"), viewer: null);

        AssertBadRequest(answer, route == Page);
    }

    [TestCase(View + "?x=1")]
    [TestCase(View + "?full=case-notes")]
    [TestCase(Tab + "?x=1")]
    [TestCase(Tab + "?full=case-notes")]
    public async Task Any_query_on_the_api_is_a_bad_request(string route)
    {
        var answer = await Client.GetAsync(string.Format(null, route, Demo.Full), Demo.Full);

        AssertBadRequest(answer, page: false);
    }

    [TestCase(View + "?")]
    [TestCase(Tab + "?")]
    [TestCase(Page + "?")]
    public async Task Bare_question_mark_is_no_query(string route)
    {
        var answer = await Client.GetAsync(string.Format(null, route, Demo.Full), Demo.Full);

        Assert.That(answer.Status, Is.EqualTo(200));
    }

    [TestCase("?full=everything")]
    [TestCase("?full=")]
    [TestCase("?full=case-notes&full=assessments")]
    [TestCase("?full=Case-Notes")]
    [TestCase("?other=1")]
    [TestCase("?full=case-notes&other=1")]
    public async Task Unknown_page_query_is_a_bad_request(string query)
    {
        var answer = await Client.GetAsync(Routes.Page(Demo.Full) + query, Demo.Full);

        AssertBadRequest(answer, page: true);
    }

    [TestCase("?full=social-workers")]
    [TestCase("?full=care-packages")]
    [TestCase("?full=assessments")]
    [TestCase("?full=case-notes")]
    [TestCase("?full=communication-needs")]
    public async Task Page_shows_a_list_in_full_when_asked_by_name(string query)
    {
        var answer = await Client.GetAsync(Routes.Page(Demo.Full) + query, Demo.Full);

        Assert.That(answer.Status, Is.EqualTo(200));
    }

    private static void AssertBadRequest(Answer answer, bool page)
    {
        Assert.That(answer.Status, Is.EqualTo(400), answer.Body);
        if (page)
        {
            Assert.That(answer.Title, Is.EqualTo(PageTitles.For("social-care.bad-request")));
            return;
        }

        Assert.That(answer.ProblemCode(), Is.EqualTo("social-care.bad-request"));
    }
}

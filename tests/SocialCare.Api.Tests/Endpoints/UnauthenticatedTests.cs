using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Endpoints;

/// <summary>Spec §1 step 2: without a viewer every route answers 401 with a challenge.</summary>
public class UnauthenticatedTests : DemoHostFixture
{
    [TestCase("/api/v1/patients/demo-full/social-care")]
    [TestCase("/api/v1/patients/demo-full/social-care/tab")]
    [TestCase("/api/v1/patients/demo-full/social-care/access-history")]
    public async Task Api_without_a_viewer_is_unauthenticated(string path)
    {
        var answer = await Client.GetAsync(path, viewer: null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(401));
            Assert.That(answer.Header("WWW-Authenticate"), Is.EqualTo("Bearer"));
            Assert.That(answer.ProblemCode(), Is.EqualTo("social-care.unauthenticated"));
        }
    }

    [TestCase("/patients/demo-full/social-care")]
    [TestCase("/patients/demo-full/social-care/access-history")]
    public async Task Page_without_a_viewer_asks_to_sign_in(string path)
    {
        var answer = await Client.GetAsync(path, viewer: null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(401));
            Assert.That(answer.Header("WWW-Authenticate"), Is.EqualTo("Bearer"));
            Assert.That(answer.Title, Is.EqualTo(PageTitles.For("social-care.unauthenticated")));
        }
    }

    [Test]
    public async Task Empty_viewer_header_is_no_viewer()
    {
        var answer = await Client.GetAsync(Routes.View(Demo.Full), viewer: "");

        Assert.That(answer.Status, Is.EqualTo(401));
    }

    [Test]
    public async Task Bearer_token_the_host_cannot_validate_is_no_viewer()
    {
        var answer = await Client.GetAsync(Routes.View(Demo.Full), viewer: null, ("Authorization", "Bearer not-a-token"));

        Assert.That(answer.Status, Is.EqualTo(401));
    }

    [Test]
    public async Task Viewer_id_too_long_to_be_one_is_no_viewer()
    {
        var answer = await Client.GetAsync(Routes.View(Demo.Full), viewer: new string('v', 257));

        Assert.That(answer.Status, Is.EqualTo(401));
    }
}

using Microsoft.AspNetCore.Http;
using SocialCare.Api.Page;

namespace SocialCare.Api.Tests.Page;

public class PageRequestTests
{
    [Test]
    public void Address_without_a_query_shows_the_short_lists()
    {
        Assert.That(PageRequest.TryRead(Request(""), "/assets", out var page), Is.True);
        Assert.That(page!.Full, Is.Null);
        Assert.That(page.PagePath, Is.EqualTo("/base/patients/demo-full/social-care"));
    }

    [TestCase("?full=social-workers", "SocialWorkers")]
    [TestCase("?full=care-packages", "CarePackages")]
    [TestCase("?full=assessments", "Assessments")]
    [TestCase("?full=case-notes", "CaseNotes")]
    [TestCase("?full=communication-needs", "CommunicationNeeds")]
    public void Full_names_one_list(string query, string expected)
    {
        Assert.That(PageRequest.TryRead(Request(query), "/assets", out var page), Is.True);
        Assert.That(page!.Full.ToString(), Is.EqualTo(expected));
    }

    [TestCase("?full=everything")]
    [TestCase("?full=Case-Notes")]
    [TestCase("?full=case-notes&full=assessments")]
    [TestCase("?full=")]
    [TestCase("?page=2")]
    [TestCase("?full=case-notes&utm_source=mail")]
    public void Anything_else_in_the_query_is_malformed(string query) =>
        Assert.That(PageRequest.TryRead(Request(query), "/assets", out _), Is.False);

    private static HttpRequest Request(string query)
    {
        var context = new DefaultHttpContext();
        context.Request.PathBase = "/base";
        context.Request.Path = "/patients/demo-full/social-care";
        context.Request.QueryString = new QueryString(query);
        return context.Request;
    }
}

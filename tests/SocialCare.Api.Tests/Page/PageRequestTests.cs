using Microsoft.AspNetCore.Http;
using SocialCare.Api.Page;

namespace SocialCare.Api.Tests.Page;

public class PageRequestTests
{
    [Test]
    public void Address_without_a_query_shows_the_short_lists()
    {
        Assert.That(PageRequest.TryReadFull(Query(""), out var full), Is.True);
        Assert.That(full, Is.Null);
    }

    [TestCase("?full=social-workers", "SocialWorkers")]
    [TestCase("?full=care-packages", "CarePackages")]
    [TestCase("?full=assessments", "Assessments")]
    [TestCase("?full=case-notes", "CaseNotes")]
    [TestCase("?full=communication-needs", "CommunicationNeeds")]
    public void Full_names_one_list(string query, string expected)
    {
        Assert.That(PageRequest.TryReadFull(Query(query), out var full), Is.True);
        Assert.That(full.ToString(), Is.EqualTo(expected));
    }

    [TestCase("?full=everything")]
    [TestCase("?full=Case-Notes")]
    [TestCase("?full=case-notes&full=assessments")]
    [TestCase("?full=")]
    [TestCase("?page=2")]
    [TestCase("?full=case-notes&utm_source=mail")]
    public void Anything_else_in_the_query_is_malformed(string query) =>
        Assert.That(PageRequest.TryReadFull(Query(query), out _), Is.False);

    private static IQueryCollection Query(string query) =>
        new DefaultHttpContext { Request = { QueryString = new QueryString(query) } }.Request.Query;
}

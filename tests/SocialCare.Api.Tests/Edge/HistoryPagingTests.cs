using Microsoft.AspNetCore.Http;
using SocialCare.Api.Edge;

namespace SocialCare.Api.Tests.Edge;

public class HistoryPagingTests
{
    private const string Id = "0193a0b2-7c1e-7d4a-9b1e-3f5a6c7d8e9f";

    [Test]
    public void No_query_is_the_newest_page_of_twenty()
    {
        Assert.That(HistoryPaging.TryRead(Query(""), pageSizeAllowed: true, out var paging), Is.True);
        Assert.That(paging, Is.EqualTo(new HistoryPaging(null, 20)));
    }

    [Test]
    public void Before_and_page_size_are_read_in_any_order()
    {
        Assert.That(HistoryPaging.TryRead(Query($"?pageSize=100&before={Id}"), pageSizeAllowed: true, out var paging), Is.True);
        Assert.That(paging, Is.EqualTo(new HistoryPaging(Guid.Parse(Id), 100)));
    }

    [Test]
    public void Before_in_upper_case_hex_is_the_same_entry()
    {
        Assert.That(HistoryPaging.TryRead(Query($"?before={Id.ToUpperInvariant()}"), pageSizeAllowed: false, out var paging), Is.True);
        Assert.That(paging.Before, Is.EqualTo(Guid.Parse(Id)));
    }

    [TestCase("?before=" + Id + "&before=" + Id)]
    [TestCase("?before=0193a0b27c1e7d4a9b1e3f5a6c7d8e9f")]
    [TestCase("?before=(" + Id + ")")]
    [TestCase("?before=")]
    [TestCase("?Before=" + Id)]
    [TestCase("?pageSize=1&pageSize=2")]
    [TestCase("?pageSize=0")]
    [TestCase("?pageSize=101")]
    [TestCase("?pageSize= 5")]
    [TestCase("?pageSize=５")]
    [TestCase("?page=2")]
    public void Anything_else_is_malformed(string query)
    {
        Assert.That(HistoryPaging.TryRead(Query(query), pageSizeAllowed: true, out _), Is.False);
    }

    [Test]
    public void Page_size_is_malformed_where_the_route_does_not_take_it()
    {
        Assert.That(HistoryPaging.TryRead(Query("?pageSize=20"), pageSizeAllowed: false, out _), Is.False);
    }

    [Test]
    public void Reading_a_query_the_edge_has_not_admitted_is_a_bug()
    {
        Assert.Throws<InvalidOperationException>(() => HistoryPaging.Admitted(Query("?x=1"), pageSizeAllowed: true));
    }

    private static IQueryCollection Query(string query) =>
        new DefaultHttpContext { Request = { QueryString = new QueryString(query) } }.Request.Query;
}

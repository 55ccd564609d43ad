using System.Text;
using SocialCare.Domain.Records;
using SocialCare.Infrastructure.Mosaic.Dialects;
using SocialCare.Infrastructure.Mosaic.Dialects.DataLinks;

using SocialCare.Mosaic.DialectServers;

namespace SocialCare.Mosaic.Conformance.Tests.DataLinks;

/// <summary>What <see cref="DataLinksDialect"/> reads beyond the kit's scenarios: its structured frequency, strict date-times, its links.</summary>
[TestFixture]
public sealed class DataLinksDialectTests
{
    private static readonly MosaicReadContext Context = new(new Uri("https://mosaic.example/api/v2/people/P1/services?limit=1000"), new DateOnly(2026, 3, 4));

    private readonly DataLinksDialect _dialect = new();

    [TestCase(1, "day", "once a day")]
    [TestCase(2, "week", "twice a week")]
    [TestCase(3, "week", "3 times a week")]
    [TestCase(12, "month", "12 times a month")]
    public void Frequency_count_and_period_are_shown_in_words(int count, string per, string shown)
    {
        var page = _dialect.ReadCarePackages(Services($$"""{"count":{{count}},"per":"{{per}}"}"""), Context);

        Assert.That(page.Items.Single().Value, Is.EqualTo(new CarePackage(new DateOnly(2026, 1, 1), null, "Westway Care", shown, "Meals")));
    }

    [TestCase("""{"count":3,"per":"fortnight"}""")]
    [TestCase("""{"count":0,"per":"week"}""")]
    [TestCase("""{"count":"3","per":"week"}""")]
    [TestCase("\"3 times a week\"")]
    public void Frequency_that_is_not_a_count_per_day_week_or_month_costs_only_its_item(string frequency)
    {
        var page = _dialect.ReadCarePackages(Services(frequency), Context);

        Assert.That(page.Unreadable + page.Items.Count(i => i.IsUnreadable), Is.EqualTo(1));
        Assert.That(page.Items.Where(i => i.Value is not null), Is.Empty);
    }

    [TestCase("2026-01-01T00:00:00")]
    [TestCase("2026-01-01")]
    [TestCase("01/01/2026")]
    public void Date_time_without_an_offset_costs_only_its_item(string from)
    {
        var page = _dialect.ReadCarePackages(Services("null", from), Context);

        Assert.That(page.Unreadable + page.Items.Count(i => i.IsUnreadable), Is.EqualTo(1));
    }

    [Test]
    public void Instant_is_dated_in_London()
    {
        var page = _dialect.ReadCarePackages(Services("null", "2026-06-30T23:30:00Z"), Context);

        Assert.That(page.Items.Single().Value!.StartDate, Is.EqualTo(new DateOnly(2026, 7, 1)));
    }

    [Test]
    public void Next_link_is_handed_to_the_library_as_sent()
    {
        var body = Encoding.UTF8.GetBytes("""{"data":[],"links":{"next":"api/v2/people/P1/services?limit=1000&cursor=1000"}}""");

        var page = _dialect.ReadCarePackages(body, Context);

        Assert.That(page.Next, Is.EqualTo(new Uri("api/v2/people/P1/services?limit=1000&cursor=1000", UriKind.Relative)));
    }

    [Test]
    public void The_person_search_names_a_header_for_the_NHS_number_and_a_path_without_it()
    {
        Assert.That(_dialect.PersonSearch.NhsNumberHeader, Is.EqualTo(DataLinksServer.NhsNumberHeader));
        Assert.That(_dialect.PersonSearch.Path.IsAbsoluteUri, Is.False);
    }

    private static byte[] Services(string frequency, string from = "2026-01-01T00:00:00+00:00") => Encoding.UTF8.GetBytes($$$"""
        {"data":[{"id":"S1","state":"active","service":"Meals","provider":"Westway Care","frequency":{{{frequency}}},"from":"{{{from}}}"}],"links":{"next":null}}
        """);
}

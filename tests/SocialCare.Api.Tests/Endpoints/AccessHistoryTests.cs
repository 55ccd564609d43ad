using System.Text.Json;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Endpoints;

/// <summary>
/// Spec §7 over real HTTP against the reference Host: the patient reads every attempt on their record, newest first
/// and paged, in words; the reading is itself audited. Each test has a Host (and so an audit file) of its own, since
/// what it reads is everything the Host's audit holds for the patient.
/// </summary>
public class AccessHistoryTests
{
    private DemoHostFactory _host = null!;
    private HttpClient _client = null!;

    [SetUp]
    public void StartHost()
    {
        _host = new DemoHostFactory();
        _client = _host.CreateClient();
    }

    [TearDown]
    public async Task StopHost()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Test]
    public async Task Patient_sees_every_attempt_newest_first_their_own_and_others_allowed_or_denied()
    {
        await AssertStatusAsync(Routes.View(Demo.Full), Demo.Full, 200);
        await AssertStatusAsync(Routes.View(Demo.Full), Demo.Unrelated, 403);
        await AssertStatusAsync(Routes.Page(Demo.Full), Demo.CarerWithLabel, 200);
        await AssertStatusAsync(Routes.View(Demo.Full), Demo.CarerWithoutLabel, 403);
        await AssertStatusAsync(Routes.Page(Demo.Full), Demo.TeamProfessional, 200);

        var history = await ReadAsync(Demo.Full);

        Assert.That(history.Items.Select(Words), Is.EqualTo(new[]
        {
            ("A professional in your care team", "A professional in your care team", "The Social care page", true, "Information was shown"),
            ("A carer", "Your carer", "Social care in the PKB app", false, "Nothing was shown"),
            ("A carer", "Your carer", "The Social care page", true, "Information was shown"),
            ("Someone", "Not connected to you in PKB", "Social care in the PKB app", false, "Nothing was shown"),
            ("You", "Yourself", "Social care in the PKB app", true, "Information was shown"),
        }));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(history.Items.Select(i => i.At), Is.Ordered.Descending);
            Assert.That(history.Items.Select(i => i.Id), Is.Unique);
            Assert.That(history.OlderBefore, Is.Null);
            Assert.That(history.PatientId, Is.EqualTo(Demo.Full));
        }
    }

    [Test]
    public async Task Json_item_has_exactly_the_members_of_the_contract()
    {
        await AssertStatusAsync(Routes.View(Demo.Full), Demo.Full, 200);

        var json = (await _client.GetAsync(Routes.History(Demo.Full), Demo.Full)).Json();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "patientId", "items", "olderBefore" }));
            Assert.That(
                json.GetProperty("items")[0].EnumerateObject().Select(p => p.Name),
                Is.EqualTo(new[] { "id", "at", "who", "relationship", "place", "shown", "outcome" }));
            Assert.That(json.GetProperty("items")[0].GetProperty("at").GetString(), Does.Match(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$"));
        }
    }

    [Test]
    public async Task Entries_of_other_patients_are_not_in_the_history()
    {
        await AssertStatusAsync(Routes.View(Demo.TwoAuthorities), Demo.TwoAuthorities, 200);
        await AssertStatusAsync(Routes.View(Demo.TwoAuthorities), Demo.CarerWithLabel, 200);
        await AssertStatusAsync(Routes.View(Demo.Full), Demo.Full, 200);

        var history = await ReadAsync(Demo.Full);

        Assert.That(history.Items.Select(i => i.Who), Is.EqualTo(new[] { "You" }));
    }

    [Test]
    public async Task Reading_the_history_is_audited_and_is_the_newest_entry_of_the_next_reading()
    {
        var first = await ReadAsync(Demo.Full);
        await AssertStatusAsync(Routes.History(Demo.Full), Demo.UnknownViewer, 403);
        await AssertStatusAsync(Routes.HistoryPage(Demo.Full), Demo.Full, 200);

        var second = await ReadAsync(Demo.Full);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Items, Is.Empty);
            Assert.That(second.Items.Select(Words), Is.EqualTo(new[]
            {
                ("You", "Yourself", "This list of who has looked", true, "Information was shown"),
                ("Someone", "Not connected to you in PKB", "This list of who has looked", false, "Nothing was shown"),
                ("You", "Yourself", "This list of who has looked", true, "Information was shown"),
            }));
        }
    }

    [Test]
    public async Task History_comes_twenty_entries_a_page_and_before_gives_the_older_ones()
    {
        for (var i = 0; i < 21; i++)
        {
            await AssertStatusAsync(Routes.View(Demo.Full), Demo.Full, 200);
        }

        var newest = await ReadAsync(Demo.Full);
        var older = await ReadAsync(Demo.Full, $"?before={newest.OlderBefore}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(newest.Items, Has.Count.EqualTo(20));
            Assert.That(newest.OlderBefore, Is.EqualTo(newest.Items[^1].Id));
            Assert.That(older.Items, Has.Count.EqualTo(1), "the history's own reading is newer than the cursor, so no page shifts");
            Assert.That(older.Items[0].At, Is.LessThanOrEqualTo(newest.Items[^1].At));
            Assert.That(older.OlderBefore, Is.Null);
        }
    }

    [Test]
    public async Task Page_size_chooses_how_many_and_following_older_before_lists_every_entry_once()
    {
        for (var i = 0; i < 5; i++)
        {
            await AssertStatusAsync(Routes.View(Demo.Full), i % 2 == 0 ? Demo.Full : Demo.Unrelated, i % 2 == 0 ? 200 : 403);
        }

        var pages = new List<History> { await ReadAsync(Demo.Full, "?pageSize=2") };
        while (pages[^1].OlderBefore is { } before && pages.Count < 10)
        {
            pages.Add(await ReadAsync(Demo.Full, $"?pageSize=2&before={before}"));
        }

        var items = pages.SelectMany(p => p.Items).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(pages.Select(p => p.Items.Count), Is.EqualTo(new[] { 2, 2, 1 }));
            Assert.That(items.Select(i => i.Id), Is.Unique);
            Assert.That(items.Select(i => i.Who), Is.EqualTo(new[] { "You", "Someone", "You", "Someone", "You" }));
            Assert.That(items.Select(i => i.At), Is.Ordered.Descending);
        }
    }

    [Test]
    public async Task Before_that_is_no_entry_of_the_patient_is_an_empty_page()
    {
        await AssertStatusAsync(Routes.View(Demo.Full), Demo.Full, 200);

        var history = await ReadAsync(Demo.Full, $"?before={Guid.NewGuid()}");

        Assert.That((history.Items.Count, history.OlderBefore), Is.EqualTo((0, (Guid?)null)));
    }

    [TestCase("?before=not-a-guid")]
    [TestCase("?before=")]
    [TestCase("?before={0}&before={0}")]
    [TestCase("?Before={0}")]
    [TestCase("?before={{{0}}}")]
    [TestCase("?pageSize=0")]
    [TestCase("?pageSize=101")]
    [TestCase("?pageSize=-1")]
    [TestCase("?pageSize=+5")]
    [TestCase("?pageSize=1e1")]
    [TestCase("?pageSize=99999999999")]
    [TestCase("?full=case-notes")]
    [TestCase("?other=1")]
    public async Task Malformed_paging_is_a_bad_request_that_changes_nothing(string query)
    {
        var path = Routes.History(Demo.Full) + string.Format(System.Globalization.CultureInfo.InvariantCulture, query, Guid.NewGuid());

        var answer = await _client.GetAsync(path, Demo.Full);
        var history = await ReadAsync(Demo.Full);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(400));
            Assert.That(answer.ProblemCode(), Is.EqualTo("social-care.bad-request"));
            Assert.That(history.Items, Is.Empty, "a bad request is answered before anyone is asked, and is not audited");
        }
    }

    [TestCase("?pageSize=20")]
    [TestCase("?before=not-a-guid")]
    [TestCase("?full=case-notes")]
    public async Task Page_takes_before_only(string query)
    {
        var answer = await _client.GetAsync(Routes.HistoryPage(Demo.Full) + query, Demo.Full);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(400));
            Assert.That(answer.ContentType, Is.EqualTo("text/html; charset=utf-8"));
            Assert.That(answer.Title, Is.EqualTo("This page address is not valid – Social care"));
        }
    }

    private async Task AssertStatusAsync(string path, string viewer, int status)
    {
        var answer = await _client.GetAsync(path, viewer);
        Assert.That(answer.Status, Is.EqualTo(status), $"{path} as {viewer}: {answer.Body}");
    }

    private async Task<History> ReadAsync(string patient, string query = "")
    {
        var answer = await _client.GetAsync(Routes.History(patient) + query, patient);
        Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
        Assert.That(answer.ContentType, Is.EqualTo("application/json; charset=utf-8"));
        return History.Of(answer.Json());
    }

    private static (string, string, string, bool, string) Words(Item item) => (item.Who, item.Relationship, item.Place, item.Shown, item.Outcome);

    private sealed record History(string PatientId, IReadOnlyList<Item> Items, Guid? OlderBefore)
    {
        public static History Of(JsonElement json) => new(
            json.GetProperty("patientId").GetString()!,
            [.. json.GetProperty("items").EnumerateArray().Select(Item.Of)],
            json.GetProperty("olderBefore").ValueKind == JsonValueKind.Null ? null : json.GetProperty("olderBefore").GetGuid());
    }

    private sealed record Item(Guid Id, DateTimeOffset At, string Who, string Relationship, string Place, bool Shown, string Outcome)
    {
        public static Item Of(JsonElement json) => new(
            json.GetProperty("id").GetGuid(),
            json.GetProperty("at").GetDateTimeOffset(),
            json.GetProperty("who").GetString()!,
            json.GetProperty("relationship").GetString()!,
            json.GetProperty("place").GetString()!,
            json.GetProperty("shown").GetBoolean(),
            json.GetProperty("outcome").GetString()!);
    }
}

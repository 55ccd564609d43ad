using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using SocialCare.Mosaic.Sandbox.Seed;
using SocialCare.Mosaic.Sandbox.Tests.TestSupport;

namespace SocialCare.Mosaic.Sandbox.Tests;

public sealed class MosaicSandboxTests : SandboxTestBase
{
    [Test]
    public void Sandbox_listens_on_loopback_only_with_a_path_per_authority()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Sandbox.BaseAddress.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(Sandbox.BaseAddress.Port, Is.GreaterThan(0));
            Assert.That(Sandbox.AuthorityBaseUrl("E09000013").ToString(), Is.EqualTo($"{Sandbox.BaseAddress}E09000013/"));
            Assert.That(Sandbox.TokenUrl("E09000013").ToString(), Is.EqualTo($"{Sandbox.BaseAddress}E09000013/oauth/token"));
        });
    }

    [Test]
    public async Task Demo_full_is_one_person_who_shares()
    {
        var persons = await Client.PersonsAsync("E09000013", "9990000018");

        Assert.That(persons.ToJsonString(), Is.EqualTo(
            """[{"personId":"MOS-13-0001","caseStatus":"open","consentToShareWithThirdParties":"given"}]"""));
    }

    [Test]
    public async Task Demo_not_known_is_an_empty_list_not_a_404()
    {
        Assert.That(await Client.PersonsAsync("E09000009", "9990000026"), Is.Empty);
    }

    [Test]
    public async Task An_authority_with_no_people_answers_not_found()
    {
        Assert.That(await Client.PersonsAsync("W06000015", "9990000018"), Is.Empty);
    }

    [Test]
    public async Task Demo_not_shared_is_one_person_who_withheld_consent()
    {
        var persons = await Client.PersonsAsync("E09000015", "9990000034");

        Assert.That(persons.Select(p => (string?)p!["consentToShareWithThirdParties"]), Is.EqualTo(new[] { "withheld" }));
    }

    [Test]
    public async Task Demo_record_mismatch_is_two_distinct_persons()
    {
        var persons = await Client.PersonsAsync("E09000017", "9990000077");

        Assert.That(persons.Select(p => (string?)p!["personId"]), Is.EqualTo(new[] { "MOS-17-0001", "MOS-17-0002" }));
    }

    [Test]
    public async Task Demo_two_authorities_has_a_person_at_brent_and_at_ealing()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await Client.PersonsAsync("E09000005", "9990000069"), Has.Count.EqualTo(1));
            Assert.That(await Client.PersonsAsync("E09000009", "9990000069"), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Demo_full_has_every_status_of_every_list()
    {
        async Task<IEnumerable<string?>> Values(string list, string field)
        {
            using var response = await Client.SendAsync(() => Wire.List("E09000013", "MOS-13-0001", list));
            return (await response.JsonAsync())["items"]!.AsArray().Select(i => (string?)i![field]);
        }

        Assert.Multiple(async () =>
        {
            Assert.That(await Values("worker-relationships", "type"),
                Is.SupersetOf(new[] { "allocated-worker", "key-worker", "social-worker", "occupational-therapist" }));
            Assert.That(await Values("service-agreements", "status"), Is.SupersetOf(new[] { "active", "ended", "proposed", "cancelled" }));
            Assert.That(await Values("assessments", "status"), Is.SupersetOf(new[] { "completed", "incoming", "in-progress", "reopened" }));
            Assert.That(await Values("case-notes", "status"), Is.SupersetOf(new[] { "complete", "draft", "timed-out", "deleted" }));
            Assert.That(await Values("case-notes", "effectiveDate"), Does.Contain("2026-06-30T23:30:00Z"));
            Assert.That(await Values("communication-needs", "endDate"), Does.Contain("2025-01-31"));
        });
    }

    [Test]
    public async Task Demo_large_serves_5000_case_notes_over_pages_of_at_most_1000()
    {
        var ids = new List<string>();
        int? page = 1;
        var pages = 0;
        while (page is not null)
        {
            using var response = await Client.SendAsync(() => Wire.List("E09000020", "MOS-20-0001", "case-notes", $"?page={page}&pageSize=5000"));
            var body = await response.JsonAsync();
            Assert.That((int)body["pageSize"]!, Is.EqualTo(1000));
            Assert.That((int)body["totalItems"]!, Is.EqualTo(5000));
            ids.AddRange(body["items"]!.AsArray().Select(i => (string)i!["id"]!));
            page = (int?)body["nextPage"];
            pages++;
        }

        Assert.Multiple(() =>
        {
            Assert.That(pages, Is.EqualTo(5));
            Assert.That(ids, Has.Count.EqualTo(5000).And.Unique);
        });
    }

    [Test]
    public async Task Lists_default_to_pages_of_500()
    {
        using var response = await Client.SendAsync(() => Wire.List("E09000020", "MOS-20-0001", "assessments"));
        var body = await response.JsonAsync();

        Assert.Multiple(() =>
        {
            Assert.That(body["items"]!.AsArray(), Has.Count.EqualTo(500));
            Assert.That((int)body["pageSize"]!, Is.EqualTo(500));
            Assert.That(body["nextPage"], Is.Null);
        });
    }

    [Test]
    public async Task A_page_that_is_not_a_positive_number_is_a_400_problem()
    {
        using var response = await Client.SendAsync(() => Wire.List("E09000013", "MOS-13-0001", "case-notes", "?page=0"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task An_unknown_person_id_is_a_404()
    {
        using var response = await Client.SendAsync(() => Wire.List("E09000013", "MOS-NOBODY", "case-notes"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [TestCase(null)]
    [TestCase("999 000 0018")]
    [TestCase("999000001")]
    public async Task A_missing_or_malformed_nhs_number_header_is_a_400_problem(string? header)
    {
        using var response = await Client.SendAsync(() => Wire.Lookup("E09000013", header));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }

    [Test]
    public async Task A_request_without_credentials_is_401_invalid_token()
    {
        using var response = await Client.SendAsync(() => Wire.Lookup("E09000013", "9990000018", apiKey: null));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Is.EqualTo("Bearer error=\"invalid_token\""));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }

    [Test]
    public async Task A_wrong_api_key_is_401()
    {
        using var response = await Client.SendAsync(() => Wire.Lookup("E09000013", "9990000018", apiKey: "guess"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Token_from_the_token_endpoint_reads_that_authority_only()
    {
        var token = await Client.TokenAsync("E09000013");

        HttpRequestMessage WithToken(string authority)
        {
            var request = Wire.Lookup(authority, "9990000018", apiKey: null);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }

        using var own = await Client.SendAsync(() => WithToken("E09000013"));
        using var other = await Client.SendAsync(() => WithToken("E09000009"));
        Assert.Multiple(() =>
        {
            Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
    }

    [Test]
    public async Task Token_endpoint_answers_bearer_with_its_lifetime()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "sandbox-client",
            ["client_secret"] = "sandbox-secret",
            ["scope"] = "mosaic.read",
        });
        using var response = await Client.PostAsync(Sandbox.TokenUrl("E09000013"), form);
        var body = await response.JsonAsync();

        Assert.Multiple(() =>
        {
            Assert.That((string?)body["token_type"], Is.EqualTo("Bearer"));
            Assert.That((int)body["expires_in"]!, Is.EqualTo(3600));
            Assert.That((string?)body["access_token"], Is.Not.Empty);
        });
    }

    [Test]
    public async Task Token_endpoint_refuses_a_wrong_client_with_invalid_client()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "sandbox-client",
            ["client_secret"] = "wrong",
        });
        using var response = await Client.PostAsync(Sandbox.TokenUrl("E09000013"), form);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await response.JsonAsync()).ToJsonString(), Is.EqualTo("""{"error":"invalid_client"}"""));
        });
    }

    [Test]
    public async Task Post_to_a_resource_is_405()
    {
        using var request = Wire.Lookup("E09000013", "9990000018");
        request.Method = HttpMethod.Post;
        using var response = await Client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
    }

    [Test]
    public async Task Get_on_the_token_endpoint_is_405()
    {
        using var response = await Client.GetAsync(Sandbox.TokenUrl("E09000013"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
    }

    [Test]
    public async Task A_path_outside_the_contract_is_404()
    {
        using var response = await Client.GetAsync(new Uri("not-a-code/v1/persons", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task Every_assessment_form_and_case_note_title_and_text_carries_a_sentinel()
    {
        using var assessments = await Client.SendAsync(() => Wire.List("E09000013", "MOS-13-0001", "assessments"));
        using var notes = await Client.SendAsync(() => Wire.List("E09000013", "MOS-13-0001", "case-notes"));
        var forms = (await assessments.JsonAsync())["items"]!.AsArray().Select(i => i!["form"]!.ToJsonString()).ToList();
        var noteItems = (await notes.JsonAsync())["items"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(forms, Has.All.Contains(SandboxSentinels.Prefix));
            Assert.That(noteItems.Select(i => (string?)i!["title"]), Has.All.Contains(SandboxSentinels.Prefix));
            Assert.That(noteItems.Select(i => (string?)i!["text"]), Has.All.Contains(SandboxSentinels.Prefix));
            Assert.That((string?)noteItems[6]!["text"], Does.EndWith("SENTINEL-E09000013-MOS-13-0001-CN-7-text"));
        });
    }

    [Test]
    public async Task People_added_at_run_time_are_served_and_reset_returns_to_the_seed()
    {
        Sandbox.People.Add("E09000013", "9990000115", new SeedRecord
        {
            PersonId = "KIT-1",
            CaseNotes = [new JsonObject { ["id"] = "CN-1", ["status"] = "complete" }],
        });

        var added = await Client.PersonsAsync("E09000013", "9990000115");
        using var notes = await Client.SendAsync(() => Wire.List("E09000013", "KIT-1", "case-notes"));
        var note = (await notes.JsonAsync())["items"]![0]!;
        Sandbox.People.Clear();
        var cleared = await Client.PersonsAsync("E09000013", "9990000018");
        Sandbox.People.Reset();
        var reset = await Client.PersonsAsync("E09000013", "9990000115");

        Assert.Multiple(() =>
        {
            Assert.That(added.Select(p => (string?)p!["personId"]), Is.EqualTo(new[] { "KIT-1" }));
            Assert.That((string?)note["title"], Does.Contain(SandboxSentinels.Prefix));
            Assert.That(cleared, Is.Empty);
            Assert.That(reset, Is.Empty);
        });
    }

    [Test]
    public async Task One_person_id_added_twice_is_listed_twice_with_each_entry_s_consent()
    {
        Sandbox.People.Add("E09000013", "9990000115", new SeedRecord { PersonId = "KIT-1", Consent = "given" });
        Sandbox.People.Add("E09000013", "9990000115", new SeedRecord { PersonId = "KIT-1", Consent = "withheld" });

        var persons = await Client.PersonsAsync("E09000013", "9990000115");

        Assert.Multiple(() =>
        {
            Assert.That(persons.Select(p => (string?)p!["personId"]), Is.EqualTo(new[] { "KIT-1", "KIT-1" }));
            Assert.That(persons.Select(p => (string?)p!["consentToShareWithThirdParties"]), Is.EqualTo(new[] { "given", "withheld" }));
        });
    }

    [Test]
    public async Task Unreadable_items_are_served_verbatim_beside_good_ones()
    {
        using var response = await Client.SendAsync(() => Wire.List("E09000013", "MOS-13-0099", "worker-relationships"));
        var items = (await response.JsonAsync())["items"]!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(items, Has.Count.EqualTo(5));
            Assert.That(items[4]!.ToJsonString(), Is.EqualTo("\"not an object\""));
            Assert.That(items[1]!["workerName"]!.ToJsonString(), Is.EqualTo("42"));
        });
    }
}

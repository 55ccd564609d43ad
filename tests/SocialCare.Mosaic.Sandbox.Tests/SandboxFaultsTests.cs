using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using SocialCare.Mosaic.Sandbox.Faults;
using SocialCare.Mosaic.Sandbox.Tests.TestSupport;

namespace SocialCare.Mosaic.Sandbox.Tests;

public sealed class SandboxFaultsTests : SandboxTestBase
{
    private const string DemoFull = "9990000018";
    private const string DemoOutsidePilot = "9990000093";

    private Task<HttpResponseMessage> LookupDemoFullAsync() =>
        Client.SendAsync(() => Wire.Lookup(Wire.Hammersmith, DemoFull));

    [Test]
    public async Task Demo_unavailable_is_503_from_its_seed_fault()
    {
        using var response = await Client.SendAsync(() => Wire.Lookup("E09000018", "9990000042"));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        });
    }

    [Test]
    public async Task Demo_partial_has_data_at_hammersmith_and_westminster_is_down()
    {
        using var hammersmith = await Client.SendAsync(() => Wire.Lookup(Wire.Hammersmith, "9990000050"));
        using var westminster = await Client.SendAsync(() => Wire.Lookup("E09000033", "9990000050"));

        Assert.Multiple(() =>
        {
            Assert.That(hammersmith.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(westminster.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        });
    }

    [Test]
    public async Task Seed_faults_are_scoped_to_their_patient_so_another_person_there_is_unaffected()
    {
        Sandbox.People.Add("E09000018", "9990000115", new Seed.SeedRecord { PersonId = "KIT-18" });

        Assert.That(await Client.PersonsAsync("E09000018", "9990000115"), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Person_fault_applies_to_their_lookup_and_lists_but_not_to_another_person()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Status = 500, NhsNumber = DemoFull });

        using var lookup = await LookupDemoFullAsync();
        using var list = await Client.SendAsync(() => Wire.List(Wire.Hammersmith, Wire.DemoFullPersonId, "case-notes"));
        using var other = await Client.SendAsync(() => Wire.Lookup(Wire.Hammersmith, DemoOutsidePilot));

        Assert.Multiple(() =>
        {
            Assert.That(lookup.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(list.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Resource_fault_applies_to_that_list_only()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Status = 502, Resource = SandboxResources.Assessments });

        using var assessments = await Client.SendAsync(() => Wire.List(Wire.Hammersmith, Wire.DemoFullPersonId, "assessments"));
        using var notes = await Client.SendAsync(() => Wire.List(Wire.Hammersmith, Wire.DemoFullPersonId, "case-notes"));

        Assert.Multiple(() =>
        {
            Assert.That(assessments.StatusCode, Is.EqualTo(HttpStatusCode.BadGateway));
            Assert.That(notes.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Latency_fault_delays_then_answers_normally()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Latency, Delay = TimeSpan.FromMilliseconds(300), Authority = Wire.Hammersmith });

        var clock = Stopwatch.StartNew();
        using var response = await LookupDemoFullAsync();

        Assert.Multiple(() =>
        {
            Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(280)));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Rate_limit_fault_is_429_with_retry_after_for_the_first_n_requests_only()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.RateLimit, RetryAfterSeconds = 2, Times = 1, Authority = Wire.Hammersmith });

        using var first = await LookupDemoFullAsync();
        using var second = await LookupDemoFullAsync();

        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(first.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(2)));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Sandbox.Faults.Active.Where(f => f.Origin == "runtime"), Is.Empty);
        });
    }

    [Test]
    public async Task Hang_fault_keeps_the_request_open_until_the_client_gives_up()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Hang, NhsNumber = DemoFull });
        using var impatient = new HttpClient { BaseAddress = Sandbox.BaseAddress, Timeout = TimeSpan.FromMilliseconds(300) };

        var clock = Stopwatch.StartNew();
        await Assert.ThrowsAsync(Is.InstanceOf<OperationCanceledException>(), async () =>
        {
            using var request = Wire.Lookup(Wire.Hammersmith, DemoFull);
            using var response = await impatient.SendAsync(request);
        });

        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(280)));
    }

    [Test]
    public async Task Malformed_fault_is_200_with_a_body_that_is_not_json()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Malformed, Authority = Wire.Hammersmith });

        using var response = await LookupDemoFullAsync();
        var body = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(() => JsonDocument.Parse(body), Throws.InstanceOf<JsonException>());
        });
    }

    [Test]
    public async Task Truncated_fault_ends_the_body_before_its_content_length()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Truncated, Resource = SandboxResources.CaseNotes });
        using var request = Wire.List(Wire.Hammersmith, Wire.DemoFullPersonId, "case-notes");
        using var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await Assert.ThrowsAsync(Is.InstanceOf<HttpRequestException>(), () => response.Content.ReadAsByteArrayAsync());
    }

    [Test]
    public async Task Drop_fault_ends_the_connection_without_an_answer()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Drop, Authority = Wire.Hammersmith, Times = 1 });

        await Assert.ThrowsAsync(Is.InstanceOf<HttpRequestException>(), async () =>
        {
            using var response = await LookupDemoFullAsync();
        });
        using var next = await LookupDemoFullAsync();
        Assert.That(next.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Oversize_fault_is_valid_json_of_the_given_size()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Oversize, Bytes = 200_000, Authority = Wire.Hammersmith });

        using var response = await LookupDemoFullAsync();
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Multiple(() =>
        {
            Assert.That(body, Has.Length.EqualTo(200_000));
            Assert.That(() => JsonDocument.Parse(body).Dispose(), Throws.Nothing);
        });
    }

    [Test]
    public async Task Invalid_token_fault_refuses_even_an_api_key()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.InvalidToken, Authority = Wire.Hammersmith });

        using var response = await LookupDemoFullAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("error=\"invalid_token\""));
        });
    }

    [Test]
    public async Task Expired_token_fault_refuses_older_tokens_and_a_new_token_works()
    {
        var old = await Client.TokenAsync(Wire.Hammersmith);
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.ExpiredToken, Authority = Wire.Hammersmith });
        var fresh = await Client.TokenAsync(Wire.Hammersmith);

        Task<HttpResponseMessage> LookupWith(string token) => Client.SendAsync(() =>
        {
            var request = Wire.Lookup(Wire.Hammersmith, DemoFull, apiKey: null);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        });

        using var refused = await LookupWith(old);
        using var accepted = await LookupWith(fresh);

        Assert.Multiple(() =>
        {
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(refused.Headers.WwwAuthenticate.ToString(), Does.Contain("invalid_token").And.Contain("expired"));
            Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Token_refused_fault_is_invalid_client_at_the_token_endpoint()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.TokenRefused, Authority = Wire.Hammersmith });

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "sandbox-client",
            ["client_secret"] = "sandbox-secret",
        });
        using var response = await Client.PostAsync(Sandbox.TokenUrl(Wire.Hammersmith), form);

        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That((await response.JsonAsync()).ToJsonString(), Is.EqualTo("""{"error":"invalid_client"}"""));
        });
    }

    [Test]
    public async Task Authority_fault_does_not_reach_the_token_endpoint_unless_named()
    {
        Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Authority = Wire.Hammersmith });

        Assert.That(await Client.TokenAsync(Wire.Hammersmith), Is.Not.Empty);
    }

    [Test]
    public async Task Removed_and_cleared_faults_stop_applying()
    {
        var id = Sandbox.Faults.Add(new SandboxFault { Kind = SandboxFaultKind.Status, Authority = Wire.Hammersmith });
        using var faulted = await LookupDemoFullAsync();
        Sandbox.Faults.Remove(id);
        using var removed = await LookupDemoFullAsync();
        Sandbox.Faults.Clear();
        using var unavailable = await Client.SendAsync(() => Wire.Lookup("E09000018", "9990000042"));

        Assert.Multiple(() =>
        {
            Assert.That(faulted.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(unavailable.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }
}

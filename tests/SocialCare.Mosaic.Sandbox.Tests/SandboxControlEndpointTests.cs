using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using SocialCare.Mosaic.Sandbox.Tests.TestSupport;

namespace SocialCare.Mosaic.Sandbox.Tests;

public sealed class SandboxControlEndpointTests : SandboxTestBase
{
    private Uri Control(string path) => new(Sandbox.ControlUrl, path);

    [Test]
    public async Task A_fault_posted_as_json_applies_and_is_removed_by_its_id()
    {
        using var content = new StringContent(
            """{ "kind": "RateLimit", "authority": "E09000013", "retryAfterSeconds": 3 }""", Encoding.UTF8, "application/json");
        using var added = await Client.PostAsync(Control("faults"), content);
        var id = (string)(await added.JsonAsync())["id"]!;
        using var faulted = await Client.SendAsync(() => Wire.Lookup(Wire.Hammersmith, Wire.DemoFullNhsNumber));
        var listed = await Client.GetStringAsync(Control("faults"));
        using var removed = await Client.DeleteAsync(Control($"faults/{id}"));
        using var healed = await Client.SendAsync(() => Wire.Lookup(Wire.Hammersmith, Wire.DemoFullNhsNumber));

        Assert.Multiple(() =>
        {
            Assert.That(added.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(faulted.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
            Assert.That(faulted.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(3)));
            Assert.That(listed, Does.Contain($"\"id\":\"{id}\""));
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(healed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [TestCase("text/plain")]
    [TestCase("application/x-www-form-urlencoded")]
    [TestCase("multipart/form-data; boundary=x")]
    [TestCase("application/problem+json")]
    [TestCase(null)]
    public async Task A_fault_posted_as_anything_but_json_is_415_and_not_added(string? contentType)
    {
        const string fault = """{ "kind": "RateLimit", "authority": "E09000013" }""";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(fault));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        using var response = await Client.PostAsync(Control("faults"), content);
        using var lookup = await Client.SendAsync(() => Wire.Lookup(Wire.Hammersmith, Wire.DemoFullNhsNumber));

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
            Assert.That(lookup.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the fault was added all the same");
        });
    }

    [TestCase("application/json")]
    [TestCase("Application/JSON; charset=utf-8")]
    public async Task A_fault_posted_as_json_is_accepted_whatever_the_case_and_charset(string contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{ "kind": "RateLimit", "authority": "E09000013" }"""));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await Client.PostAsync(Control("faults"), content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
    }

    [Test]
    public async Task Deleting_all_faults_clears_the_seed_faults_too()
    {
        using var deleted = await Client.DeleteAsync(Control("faults"));
        using var response = await Client.SendAsync(() => Wire.Lookup("E09000018", "9990000042"));

        Assert.Multiple(() =>
        {
            Assert.That(deleted.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    [Test]
    public async Task Removing_an_unknown_fault_is_404()
    {
        using var response = await Client.DeleteAsync(Control("faults/nope"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_body_that_is_not_a_fault_is_400()
    {
        using var content = new StringContent("""{ "kind": "Gremlins" }""", Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync(Control("faults"), content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task People_lists_patients_and_authorities_without_nhs_numbers()
    {
        var body = await Client.GetStringAsync(Control("people"));
        var people = JsonNode.Parse(body)!.AsArray();

        Assert.Multiple(() =>
        {
            Assert.That(people.Select(p => (string?)p!["patientId"]), Does.Contain("demo-full").And.Contain("demo-large"));
            Assert.That(body, Does.Not.Contain("99900000"));
        });
    }
}

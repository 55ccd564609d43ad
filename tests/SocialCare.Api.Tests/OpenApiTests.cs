using System.Text.Json;
using SocialCare.Api.Tests.TestSupport;

namespace SocialCare.Api.Tests;

/// <summary>The Host's OpenAPI document describes SocialCare's routes with every status of spec §2 each can answer.</summary>
public class OpenApiTests : DemoHostFixture
{
    private JsonElement _document;

    [OneTimeSetUp]
    public async Task ReadDocument() => _document = (await Client.GetAsync("/openapi/v1.json", viewer: null)).Json();

    [TestCase("/api/v1/patients/{patientId}/social-care")]
    [TestCase("/api/v1/patients/{patientId}/social-care/tab")]
    [TestCase("/patients/{patientId}/social-care")]
    [TestCase("/api/v1/patients/{patientId}/social-care/access-history")]
    [TestCase("/patients/{patientId}/social-care/access-history")]
    public void Route_is_described_as_get_only(string path)
    {
        Assert.That(_document.GetProperty("paths").GetProperty(path).EnumerateObject().Select(o => o.Name), Is.EqualTo(new[] { "get" }));
    }

    [TestCase("/api/v1/patients/{patientId}/social-care")]
    [TestCase("/patients/{patientId}/social-care")]
    public void View_and_page_list_every_status_of_spec_2(string path)
    {
        Assert.That(
            Responses(path).Select(r => r.Name),
            Is.EquivalentTo(new[] { "200", "400", "401", "403", "404", "405", "409", "422", "429", "500", "503" }));
    }

    [Test]
    public void Tab_lists_the_statuses_it_can_answer()
    {
        Assert.That(
            Responses("/api/v1/patients/{patientId}/social-care/tab").Select(r => r.Name),
            Is.EquivalentTo(new[] { "200", "400", "401", "405", "429", "500", "503" }));
    }

    [TestCase("/api/v1/patients/{patientId}/social-care/access-history")]
    [TestCase("/patients/{patientId}/social-care/access-history")]
    public void Access_history_lists_the_statuses_it_can_answer(string path)
    {
        Assert.That(
            Responses(path).Select(r => r.Name),
            Is.EquivalentTo(new[] { "200", "400", "401", "403", "405", "429", "500", "503" }));
    }

    [Test]
    public void Access_history_answers_its_contract_or_a_problem()
    {
        var responses = Responses("/api/v1/patients/{patientId}/social-care/access-history");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                responses.Single(r => r.Name == "200").Value.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString(),
                Is.EqualTo("#/components/schemas/AccessHistoryResponse"));
            Assert.That(
                responses.Where(r => r.Name != "200").Select(r => r.Value.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString()),
                Is.All.EqualTo("#/components/schemas/SocialCareProblem"));
        }
    }

    [Test]
    public void Api_failures_are_problems()
    {
        var failures = Responses("/api/v1/patients/{patientId}/social-care").Where(r => r.Name != "200");

        Assert.That(
            failures.Select(r => r.Value.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString()),
            Is.All.EqualTo("#/components/schemas/SocialCareProblem"));
    }

    [Test]
    public void Page_answers_html_whatever_the_status()
    {
        Assert.That(
            Responses("/patients/{patientId}/social-care").Select(r => r.Value.GetProperty("content").EnumerateObject().Single().Name),
            Is.All.EqualTo("text/html"));
    }

    [Test]
    public void Problem_schema_has_the_members_of_spec_3()
    {
        var problem = _document.GetProperty("components").GetProperty("schemas").GetProperty("SocialCareProblem");

        Assert.That(
            problem.GetProperty("properties").EnumerateObject().Select(p => p.Name),
            Is.EquivalentTo(new[] { "type", "title", "status", "detail", "code", "traceId" }));
    }

    private List<JsonProperty> Responses(string path) =>
        [.. _document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses").EnumerateObject()];

    [TestCase("/api/v1/patients/{patientId}/social-care")]
    [TestCase("/api/v1/patients/{patientId}/social-care/tab")]
    [TestCase("/patients/{patientId}/social-care")]
    [TestCase("/api/v1/patients/{patientId}/social-care/access-history")]
    [TestCase("/patients/{patientId}/social-care/access-history")]
    public void Route_declares_the_bearer_scheme_its_viewer_comes_from(string path)
    {
        var security = _document.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("security");

        Assert.That(security.EnumerateArray().SelectMany(r => r.EnumerateObject()).Select(s => s.Name), Is.EqualTo(new[] { "Bearer" }));
    }

    [Test]
    public void The_bearer_scheme_is_http_bearer_with_jwt()
    {
        var scheme = _document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");

        Assert.That(
            (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString(), scheme.GetProperty("bearerFormat").GetString()),
            Is.EqualTo(("http", "bearer", "JWT")));
    }

    [Test]
    public void No_server_address_ends_in_a_slash() =>
        Assert.That(
            _document.GetProperty("servers").EnumerateArray().Select(s => s.GetProperty("url").GetString()),
            Is.Not.Empty.And.None.EndsWith("/"));

    [Test]
    public void The_demo_viewer_header_is_described_as_a_development_only_override() =>
        Assert.That(_document.GetProperty("info").GetProperty("description").GetString(), Does.Contain("X-Demo-Viewer").And.Contain("Development"));
}

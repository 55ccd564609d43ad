using System.Net;
using System.Text.Json;
using SocialCare.ScaleOut.Tests.Support;

namespace SocialCare.ScaleOut.Tests;

/// <summary>
/// The built Host (<c>dotnet SocialCare.Host.dll</c>, no rebuild) given one added JSON file and one seed file: a new
/// region, a council on the standard contract with a demo patient, and a disabled dialect council without
/// credentials. The patient is on the start page and shown; the disabled council leaves <c>/health/mosaic</c> healthy.
/// </summary>
[TestFixture]
public sealed class CouncilAddedByConfigurationTests
{
    private const string Patient = "demo-camden";

    private string _folder = null!;
    private HostProcess _host = null!;

    [OneTimeSetUp]
    public async Task StartHostWithTheAddedFilesAsync()
    {
        _folder = Directory.CreateTempSubdirectory("socialcare-council-").FullName;
        var seed = Path.Combine(_folder, "seed.json");
        await File.WriteAllTextAsync(seed, """
            { "patients": [ {
                "patientId": "demo-camden",
                "shows": "A record from Camden, a council added by configuration",
                "nhsNumber": "9990000018",
                "teams": [{ "teamId": "ncl-team-camden-1", "regionId": "north-central-london" }],
                "ownAuthorities": ["E09000007"],
                "records": [{
                  "authority": "E09000007", "personId": "MOS-07-0001", "consent": "given", "caseStatus": "open",
                  "workerRelationships": [{ "id": "WR-1", "type": "allocated-worker", "workerName": "Rowan Achebe", "team": "Camden Adults", "telephone": "020 7946 0707", "startDate": "2025-01-06", "endDate": null }],
                  "assessments": [{ "id": "AS-1", "name": "Care Act assessment", "status": "completed", "completedDate": "2025-02-03" }]
                }]
            } ] }
            """);
        var council = Path.Combine(_folder, "north-central-london.json");
        await File.WriteAllTextAsync(council, JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["SocialCare"] = new Dictionary<string, object>
            {
                ["Regions"] = new Dictionary<string, object> { ["1"] = new { Id = "north-central-london", Name = "North Central London", Enabled = true } },
                ["LocalAuthorities"] = new Dictionary<string, object>
                {
                    ["8"] = new
                    {
                        Code = "E09000007",
                        Name = "Camden",
                        Region = "north-central-london",
                        Enabled = true,
                        Auth = new { Mode = "ClientCredentials", ClientId = "sandbox-client", ClientSecret = "sandbox-secret" },
                    },
                    ["9"] = new { Code = "E09000019", Name = "Islington", Region = "north-central-london", Enabled = false, Dialect = "data-links" },
                },
                ["Sandbox"] = new { SeedPath = seed },
                ["Audit"] = new { ConnectionString = $"Data Source={Path.Combine(_folder, "audit.db")}" },
            },
        }));

        _host = await HostProcess.StartAsync("council-by-configuration", new Dictionary<string, string> { ["ConfigurationFile"] = council });
    }

    [OneTimeTearDown]
    public async Task StopHostAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Test]
    public async Task Start_page_lists_every_patient_of_the_added_seed_and_only_those()
    {
        using var client = new HttpClient { BaseAddress = _host.BaseAddress };

        var page = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.That(page, Does.Contain(Patient).And.Contain("A record from Camden, a council added by configuration"));
        Assert.That(page, Does.Not.Contain("demo-full"), "the built-in seed, not the added one");
    }

    [Test]
    public async Task Demo_patient_of_the_added_council_is_shown_from_its_mosaic()
    {
        using var client = new HttpClient { BaseAddress = _host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/patients/{Patient}/social-care", UriKind.Relative));
        request.Headers.Add("X-Demo-Viewer", Patient);

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body + "\n" + _host.Output());
        using var json = JsonDocument.Parse(body);
        var source = json.RootElement.GetProperty("sources").EnumerateArray().Single();
        Assert.That(source.GetProperty("localAuthority").GetProperty("code").GetString(), Is.EqualTo("E09000007"));
        Assert.That(source.GetProperty("socialWorkers")[0].GetProperty("name").GetString(), Is.EqualTo("Rowan Achebe"));
    }

    [Test]
    public async Task Disabled_dialect_council_without_credentials_leaves_the_mosaic_health_route_healthy()
    {
        using var client = new HttpClient { BaseAddress = _host.BaseAddress };

        using var response = await client.GetAsync(new Uri("/health/mosaic", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}

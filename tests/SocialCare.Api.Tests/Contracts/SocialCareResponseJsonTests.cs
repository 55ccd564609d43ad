using System.Text.Json;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Contracts;

/// <summary>
/// Spec §3's JSON, read from demo-full viewing their own record, against the values of the sandbox's seed
/// (src/Mosaic.Sandbox/seed.json): what is shown, how it is written and in what order.
/// </summary>
public class SocialCareResponseJsonTests
{
    private const string Instant = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$";
    private const string Date = @"^\d{4}-\d{2}-\d{2}$";

    private JsonElement _json;
    private JsonElement _source;

    [OneTimeSetUp]
    public async Task ReadDemoFull()
    {
        await using var host = new DemoHostFactory();
        using var client = host.CreateClient();
        _json = (await client.GetAsync(Routes.View(Demo.Full), Demo.Full)).Json();
        _source = _json.GetProperty("sources")[0];
    }

    [Test]
    public void Members_are_camel_case_in_the_order_of_spec_3()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Names(_json), Is.EqualTo(new[] { "patientId", "retrievedAt", "sources", "warnings" }));
            Assert.That(Names(_source), Is.EqualTo(new[] { "localAuthority", "retrievedAt", "socialWorkers", "carePackages", "assessments", "caseNotes", "communicationNeeds" }));
            Assert.That(Names(_source.GetProperty("localAuthority")), Is.EqualTo(new[] { "code", "name" }));
            Assert.That(Names(List("socialWorkers")[0]), Is.EqualTo(new[] { "name", "team", "telephone", "relationship" }));
            Assert.That(Names(List("carePackages")[0]), Is.EqualTo(new[] { "startDate", "endDate", "supplier", "frequency", "service" }));
            Assert.That(Names(List("assessments")[0]), Is.EqualTo(new[] { "name", "completedOn" }));
            Assert.That(Names(List("caseNotes")[0]), Is.EqualTo(new[] { "completedOn", "effectiveFrom" }));
            Assert.That(Names(List("communicationNeeds")[0]), Is.EqualTo(new[] { "category", "description", "recordedOn" }));
        }
    }

    [Test]
    public void Record_is_the_patients_own_from_their_authority_with_no_warnings()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_json.GetProperty("patientId").GetString(), Is.EqualTo("demo-full"));
            Assert.That(_json.GetProperty("sources").GetArrayLength(), Is.EqualTo(1));
            Assert.That(_source.GetProperty("localAuthority").GetProperty("code").GetString(), Is.EqualTo("E09000013"));
            Assert.That(_source.GetProperty("localAuthority").GetProperty("name").GetString(), Is.EqualTo("Hammersmith and Fulham"));
            Assert.That(_json.GetProperty("warnings").GetArrayLength(), Is.Zero);
        }
    }

    [Test]
    public void Absent_optional_values_are_written_as_null()
    {
        var tomasz = List("socialWorkers").Single(w => w.GetProperty("name").GetString() == "Tomasz Adeyemi");
        var dayCentre = List("carePackages").Single(p => p.GetProperty("service").GetString() == "Day centre");
        var extraTime = List("communicationNeeds").Single(n => n.GetProperty("description").GetString() == "Needs extra time to respond");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(tomasz.GetProperty("telephone").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(dayCentre.GetProperty("supplier").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(dayCentre.GetProperty("endDate").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(extraTime.GetProperty("recordedOn").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public void Instants_are_utc_with_exactly_three_fraction_digits()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_json.GetProperty("retrievedAt").GetString(), Does.Match(Instant));
            Assert.That(_source.GetProperty("retrievedAt").GetString(), Does.Match(Instant));
        }
    }

    [Test]
    public void Dates_are_year_month_day()
    {
        var dates = new[]
        {
            Values("carePackages", "startDate"), Values("carePackages", "endDate"), Values("assessments", "completedOn"),
            Values("caseNotes", "completedOn"), Values("caseNotes", "effectiveFrom"), Values("communicationNeeds", "recordedOn"),
        }.SelectMany(d => d).OfType<string>().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(dates, Has.Count.EqualTo(20));
            Assert.That(dates, Has.All.Match(Date));
        }
    }

    [Test]
    public void Current_social_workers_by_relationship_in_kebab_case_then_name()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Values("socialWorkers", "name"), Is.EqualTo(new[] { "Sam Okafor", "Priya Lindqvist", "Tomasz Adeyemi" }));
            Assert.That(Values("socialWorkers", "relationship"), Is.EqualTo(new[] { "allocated-worker", "key-worker", "social-worker" }));
            Assert.That(Values("socialWorkers", "team"), Is.EqualTo(new[] { "Hammersmith Adults Team 2", "Hammersmith Reablement", "Hammersmith Adults Team 2" }));
            Assert.That(Values("socialWorkers", "telephone"), Is.EqualTo(new[] { "020 7946 0001", "020 7946 0002", null }));
        }
    }

    [Test]
    public void Active_and_ended_care_packages_newest_first()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Values("carePackages", "service"), Is.EqualTo(new[] { "Home care", "Day centre", "Reablement" }));
            Assert.That(Values("carePackages", "startDate"), Is.EqualTo(new[] { "2025-11-03", "2025-06-02", "2025-04-14" }));
            Assert.That(Values("carePackages", "endDate"), Is.EqualTo(new[] { null, null, "2025-05-25" }));
            Assert.That(Values("carePackages", "supplier"), Is.EqualTo(new[] { "Riverside Care Ltd", null, "Fulham Reablement Team" }));
            Assert.That(Values("carePackages", "frequency"), Is.EqualTo(new[] { "4 calls a day", "Tuesdays and Thursdays", "Daily" }));
        }
    }

    [Test]
    public void Completed_assessments_newest_first()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Values("assessments", "name"), Is.EqualTo(new[] { "Care Act assessment", "Carer's assessment", "Occupational therapy assessment" }));
            Assert.That(Values("assessments", "completedOn"), Is.EqualTo(new[] { "2026-02-11", "2025-10-20", "2025-03-05" }));
        }
    }

    [Test]
    public void Complete_case_notes_by_effective_date_in_london_newest_first()
    {
        // 2026-06-30T23:30Z is the 1st of July in London (summer time); 2026-02-28T23:30Z is still the 28th (winter).
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Values("caseNotes", "effectiveFrom"), Is.EqualTo(new[] { "2026-07-01", "2026-02-28", "2026-01-15", "2025-12-02", "2025-11-19" }));
            Assert.That(Values("caseNotes", "completedOn"), Is.EqualTo(new[] { "2026-07-01", "2026-03-01", "2026-01-15", "2025-12-02", "2025-11-20" }));
        }
    }

    [Test]
    public void Current_communication_needs_by_category_in_kebab_case()
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                Values("communicationNeeds", "category"),
                Is.EqualTo(new[] { "contact-method", "information-format", "communication-support", "communication-professional" }));
            Assert.That(
                Values("communicationNeeds", "description"),
                Is.EqualTo(new[] { "Telephone calls in the morning", "Large print", "Needs extra time to respond", "British Sign Language interpreter" }));
            Assert.That(Values("communicationNeeds", "recordedOn"), Is.EqualTo(new[] { "2025-06-01", "2025-06-01", null, "2025-07-15" }));
        }
    }

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private JsonElement[] List(string name) => [.. _source.GetProperty(name).EnumerateArray()];

    private string?[] Values(string list, string member) => [.. List(list).Select(item => item.GetProperty(member).GetString())];
}

using SocialCare.Mosaic.Sandbox.Requests;
using SocialCare.Mosaic.Sandbox.Tests.TestSupport;

namespace SocialCare.Mosaic.Sandbox.Tests;

/// <summary>The request log keeps the last requests only, counts every one, and records bodies only when asked.</summary>
public sealed class SandboxRequestLogCapacityTests
{
    [Test]
    public void By_default_the_log_keeps_the_last_10000_requests_and_records_no_bodies()
    {
        var settings = new SandboxSettings();

        Assert.Multiple(() =>
        {
            Assert.That(new SandboxRequestLog().Capacity, Is.EqualTo(10_000));
            Assert.That(settings.RequestLogCapacity, Is.EqualTo(10_000));
            Assert.That(settings.RecordBodies, Is.False);
        });
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void A_capacity_that_is_not_positive_is_refused(int capacity) =>
        Assert.That(() => new SandboxRequestLog(capacity), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public async Task Only_the_last_requests_are_kept_but_every_one_is_counted()
    {
        await using var sandbox = await MosaicSandbox.StartAsync(new SandboxSettings { Port = 0, RequestLogCapacity = 3 });
        using var client = new HttpClient { BaseAddress = sandbox.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        for (var i = 0; i < 4; i++)
        {
            (await client.SendAsync(() => Wire.Lookup(Wire.Hammersmith, Wire.DemoFullNhsNumber))).Dispose();
        }

        (await client.SendAsync(() => Wire.List(Wire.Hammersmith, Wire.DemoFullPersonId, "case-notes"))).Dispose();
        var kept = sandbox.Requests.Snapshot();
        var counts = sandbox.Requests.CountsByMethodAndPath();
        var persons = sandbox.Requests.Count("get", "/E09000013/v1/persons");
        sandbox.Requests.Clear();

        Assert.Multiple(() =>
        {
            Assert.That(kept.Select(r => r.Resource), Is.EqualTo(new[] { "persons", "persons", "case-notes" }), "the last three, oldest first");
            Assert.That(counts, Is.EquivalentTo(new Dictionary<string, int>
            {
                ["GET /E09000013/v1/persons"] = 4,
                ["GET /E09000013/v1/persons/MOS-13-0001/case-notes"] = 1,
            }));
            Assert.That(persons, Is.EqualTo(4));
            Assert.That(sandbox.Requests.CountsByMethodAndPath(), Is.Empty, "clearing resets the counts");
        });
    }

    [Test]
    public async Task Bodies_are_not_recorded_by_default()
    {
        await using var sandbox = await MosaicSandbox.StartAsync(new SandboxSettings { Port = 0 });
        using var client = new HttpClient { BaseAddress = sandbox.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };

        (await client.SendAsync(() => Wire.List(Wire.Hammersmith, Wire.DemoFullPersonId, "case-notes"))).Dispose();

        Assert.That(sandbox.Requests.Snapshot().Single().ResponseBody, Is.Null);
    }

    [Test]
    public async Task When_asked_the_log_keeps_each_successful_answer_s_body_as_served_sentinels_included()
    {
        await using var sandbox = await MosaicSandbox.StartAsync(new SandboxSettings { Port = 0, RecordBodies = true });
        using var client = new HttpClient { BaseAddress = sandbox.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };

        using var notes = await client.SendAsync(() => Wire.List(Wire.Hammersmith, Wire.DemoFullPersonId, "case-notes"));
        var served = await notes.Content.ReadAsStringAsync();
        (await client.SendAsync(() => Wire.Lookup(Wire.Hammersmith, nhsNumber: null))).Dispose();
        var logged = sandbox.Requests.Snapshot();

        Assert.Multiple(() =>
        {
            Assert.That(logged[0].ResponseBody, Is.EqualTo(served));
            Assert.That(logged[0].ResponseBody, Does.Contain(SandboxSentinels.Prefix));
            Assert.That(logged[0].ToString(), Does.Not.Contain(SandboxSentinels.Prefix), "ToString stays one short line");
            Assert.That(logged[1].Status, Is.EqualTo(400));
            Assert.That(logged[1].ResponseBody, Is.Null, "only successful answers are recorded");
        });
    }
}

using System.Net;
using SocialCare.Mosaic.Sandbox.Tests.TestSupport;

namespace SocialCare.Mosaic.Sandbox.Tests;

public sealed class SandboxRequestLogTests : SandboxTestBase
{
    [Test]
    public async Task Every_request_is_counted_by_method_and_path()
    {
        (await Client.SendAsync(() => Wire.Lookup(Wire.Hammersmith, Wire.DemoFullNhsNumber))).Dispose();
        (await Client.SendAsync(() => Wire.Lookup(Wire.Hammersmith, Wire.DemoFullNhsNumber))).Dispose();
        (await Client.SendAsync(() => Wire.List(Wire.Hammersmith, Wire.DemoFullPersonId, "case-notes", "?page=1"))).Dispose();
        await Client.TokenAsync(Wire.Hammersmith);

        Assert.Multiple(() =>
        {
            Assert.That(Sandbox.Requests.Count("GET", "/E09000013/v1/persons"), Is.EqualTo(2));
            Assert.That(Sandbox.Requests.CountsByMethodAndPath(), Is.EquivalentTo(new Dictionary<string, int>
            {
                ["GET /E09000013/v1/persons"] = 2,
                ["GET /E09000013/v1/persons/MOS-13-0001/case-notes"] = 1,
                ["POST /E09000013/oauth/token"] = 1,
            }));
        });
    }

    [Test]
    public async Task A_request_is_logged_with_its_resource_status_and_traceparent_but_not_the_nhs_number()
    {
        const string traceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        using (var request = Wire.Lookup(Wire.Hammersmith, Wire.DemoFullNhsNumber))
        {
            request.Headers.Add("traceparent", traceParent);
            (await Client.SendAsync(request)).Dispose();
        }

        var logged = Sandbox.Requests.Snapshot().Single();

        Assert.Multiple(() =>
        {
            Assert.That(logged.Method, Is.EqualTo("GET"));
            Assert.That(logged.Authority, Is.EqualTo("E09000013"));
            Assert.That(logged.Resource, Is.EqualTo("persons"));
            Assert.That(logged.HadNhsNumberHeader, Is.True);
            Assert.That(logged.TraceParent, Is.EqualTo(traceParent));
            Assert.That(logged.Status, Is.EqualTo(200));
            Assert.That(logged.ToString(), Does.Not.Contain(Wire.DemoFullNhsNumber));
        });
    }

    [Test]
    public async Task The_control_endpoint_shows_counts_without_the_nhs_number_and_is_not_counted_itself()
    {
        (await Client.SendAsync(() => Wire.Lookup(Wire.Hammersmith, Wire.DemoFullNhsNumber))).Dispose();

        var body = await Client.GetStringAsync(new Uri(Sandbox.ControlUrl, "requests"));

        Assert.Multiple(() =>
        {
            Assert.That(body, Does.Contain("\"GET /E09000013/v1/persons\":1"));
            Assert.That(body, Does.Not.Contain(Wire.DemoFullNhsNumber));
            Assert.That(Sandbox.Requests.Snapshot(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task Clearing_forgets_every_request()
    {
        (await Client.SendAsync(() => Wire.Lookup(Wire.Hammersmith, Wire.DemoFullNhsNumber))).Dispose();

        using var cleared = await Client.DeleteAsync(new Uri(Sandbox.ControlUrl, "requests"));

        Assert.Multiple(() =>
        {
            Assert.That(cleared.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
            Assert.That(Sandbox.Requests.Snapshot(), Is.Empty);
        });
    }
}

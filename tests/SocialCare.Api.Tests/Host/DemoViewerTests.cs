using Microsoft.AspNetCore.Mvc.Testing;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Host;

/// <summary>The Host's demo viewer seam (spec §6): the X-Demo-Viewer header, else the demo-viewer cookie.</summary>
public class DemoViewerTests
{
    private DemoHostFactory _host = null!;

    [OneTimeSetUp]
    public void StartHost() => _host = new DemoHostFactory();

    [OneTimeTearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    [Test]
    public async Task Cookie_names_the_viewer_when_no_header_does()
    {
        using var client = _host.CreateClient();

        var answer = await client.GetAsync(Routes.View(Demo.Full), viewer: null, ("Cookie", "demo-viewer=demo-full"));

        Assert.That(answer.Status, Is.EqualTo(200));
    }

    [Test]
    public async Task Header_wins_over_the_cookie()
    {
        using var client = _host.CreateClient();

        var answer = await client.GetAsync(Routes.View(Demo.Full), Demo.Unrelated, ("Cookie", "demo-viewer=demo-full"));

        Assert.That(answer.ProblemCode(), Is.EqualTo("social-care.access-denied"));
    }

    [Test]
    public async Task Persona_switcher_sets_the_viewer_for_the_next_requests()
    {
        using var client = _host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var form = new FormUrlEncodedContent([new("viewer", Demo.CarerWithLabel)]);

        using var switched = await client.PostAsync(new Uri("/demo/viewer", UriKind.Relative), form);
        var answer = await client.GetAsync(Routes.View(Demo.Full), viewer: null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)switched.StatusCode, Is.EqualTo(302));
            Assert.That(answer.Status, Is.EqualTo(200));
        }
    }
}

using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Observability;

/// <summary>
/// The control of <see cref="TelemetryExportTests"/>: a host that switches OpenTelemetry on without
/// <c>AddSocialCareInstrumentation()</c>, and exports log scopes without docs/observability.md's recipe, exports the
/// patient id and the Mosaic person id, so the searches there would find them if the templates were not written.
/// </summary>
[NonParallelizable]
public class RedactionControlTests
{
    private readonly TelemetryCapture _capture = new();

    [OneTimeSetUp]
    public async Task ViewThroughAHostWithoutTheSafeguards()
    {
        await using var host = new DemoHostFactory
        {
            TestServices = services => _capture.AddTo(services, exportersFirst: false, includeScopes: true, socialCare: false),
        };
        using var client = host.CreateClient();
        var answer = await client.GetAsync(Routes.View(Demo.Full), Demo.Full);
        Assert.That(answer.Status, Is.EqualTo(200));
    }

    [Test]
    public void Without_social_care_instrumentation_the_server_span_carries_the_patient_id() =>
        Assert.That(
            _capture.Spans.Where(s => s.Kind == ActivityKind.Server).Select(s => s.GetTagItem("url.path")),
            Does.Contain(Routes.View(Demo.Full)));

    [Test]
    public void Without_social_care_instrumentation_the_council_client_span_carries_the_mosaic_person_id() =>
        Assert.That(
            _capture.Spans.Where(s => s.Kind == ActivityKind.Client).Select(s => s.GetTagItem("url.full") as string),
            Has.Some.Contains("/v1/persons/MOS-13-0001/case-notes"));

    [Test]
    public void Without_the_recipe_asp_net_cores_request_scope_carries_the_path_into_exported_logs()
    {
        Assert.That(_capture.ScopeValues("RequestPath"), Does.Contain(Routes.View(Demo.Full)));
    }
}

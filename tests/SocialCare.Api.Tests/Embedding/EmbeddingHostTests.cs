using System.Net.Http.Headers;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using SocialCare.Api.Http;
using SocialCare.Api.Tests.TestSupport;
using SocialCare.Application;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;
using SocialCare.TestSupport;

namespace SocialCare.Api.Tests.Embedding;

/// <summary>
/// SocialCare inside a host that has its own mediator, ProblemDetails, exception handler and JWT authentication:
/// each keeps its own, SocialCare's routes sit under the host's prefix, and the viewer is the token's subject.
/// </summary>
public class EmbeddingHostTests
{
    private const string Patient = "patient-1";
    private const string OtherViewer = "viewer-2";

    private IPatientDirectory _directory = null!;
    private ISocialCareAuditSink _audit = null!;
    private EmbeddingHost _host = null!;

    [SetUp]
    public async Task StartHost()
    {
        _directory = Substitute.For<IPatientDirectory>();
        _audit = Substitute.For<ISocialCareAuditSink>();
        _directory.FindAsync(Arg.Is<PatientId>(p => p.Value == Patient), Arg.Is<ViewerId>(v => v.Value == Patient), Arg.Any<CancellationToken>())
            .Returns(new PatientFacts(
                [new Grant(ViewerRelationship.Self, [])],
                [new PatientTeam("team-1", "north-west-london")],
                "9434765919",
                ["E09000013"]));
        _host = await EmbeddingHost.StartAsync(_directory, _audit);
    }

    [TearDown]
    public async Task StopHost() => await _host.DisposeAsync();

    [Test]
    public async Task Hosts_own_endpoint_answers_through_its_own_mediator()
    {
        var answer = await _host.Client.GetAsync("/host/ping/there", viewer: null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(200));
            Assert.That(answer.Body, Is.EqualTo("\"pong there\""));
        }
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Hosts_mediator_is_its_own_whether_added_before_socialcare_or_after(bool mediatorFirst)
    {
        await using var host = await EmbeddingHost.StartAsync(_directory, _audit, mediatorFirst);
        using var scope = host.Services.CreateScope();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(scope.ServiceProvider.GetRequiredService<IMediator>(), Is.TypeOf<HostMediator.Mediator>());
            Assert.That(scope.ServiceProvider.GetRequiredService<ISender>(), Is.TypeOf<HostMediator.Mediator>());
            Assert.That(
                scope.ServiceProvider.GetRequiredKeyedService<ISender>(SocialCareMediator.ServiceKey),
                Is.Not.InstanceOf<HostMediator.Mediator>());
        }
    }

    [Test]
    public void SocialCares_handlers_are_registered_once_and_the_hosts_once()
    {
        var socialCareHandlers = typeof(GetSocialCareQuery).Assembly.GetTypes()
            .Where(type => type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IQueryHandler<,>)))
            .ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(socialCareHandlers, Has.Count.EqualTo(3));
            Assert.That(socialCareHandlers.Select(h => _host.Registrations.Count(d => d.ServiceType == h)), Is.All.EqualTo(1));
            Assert.That(_host.Registrations.Count(d => d.ServiceType == typeof(PingQueryHandler)), Is.EqualTo(1));
            Assert.That(_host.Registrations.Count(d => d.ServiceType == typeof(IMediator) && !d.IsKeyedService), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task Token_whose_subject_is_the_patient_shows_their_record()
    {
        var answer = await GetWithTokenAsync(EmbeddingHost.Prefix + Routes.View(Patient), Patient);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(200), answer.Body);
            Assert.That(answer.Body, Does.Contain(StubMosaicGateway.WorkerName));
        }

        await _audit.Received(1).WriteAsync(Arg.Is<SocialCareAuditEntry>(e => e.Viewer.Value == Patient && e.TrueOutcome == "social-care.shown"), Arg.Any<CancellationToken>());
    }

    [Test]
    public async Task Token_of_someone_without_a_grant_is_denied()
    {
        var answer = await GetWithTokenAsync(EmbeddingHost.Prefix + Routes.View(Patient), OtherViewer);

        Assert.That(answer.ProblemCode(), Is.EqualTo("social-care.access-denied"));
    }

    [TestCase(EmbeddingHost.Prefix + "/api/v1/patients/" + Patient + "/social-care")]
    [TestCase(EmbeddingHost.Prefix + "/api/v1/patients/" + Patient + "/social-care/tab")]
    [TestCase(EmbeddingHost.Prefix + "/patients/" + Patient + "/social-care")]
    public async Task No_token_is_unauthenticated(string path)
    {
        var answer = await _host.Client.GetAsync(path, viewer: null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(401));
            Assert.That(answer.Header("WWW-Authenticate"), Does.StartWith("Bearer"));
        }
    }

    [Test]
    public async Task Api_without_a_token_answers_a_socialcare_problem()
    {
        var answer = await _host.Client.GetAsync(EmbeddingHost.Prefix + Routes.View(Patient), viewer: null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.ContentType, Is.EqualTo("application/problem+json"));
            Assert.That(answer.ProblemCode(), Is.EqualTo("social-care.unauthenticated"));
            Assert.That(answer.Json().TryGetProperty("host", out _), Is.False, "the host's ProblemDetails customisation reached SocialCare's problem");
        }
    }

    [Test]
    public async Task Token_signed_with_another_key_is_no_viewer()
    {
        await using var other = await EmbeddingHost.StartAsync(_directory, _audit);

        var answer = await GetWithTokenAsync(EmbeddingHost.Prefix + Routes.View(Patient), Patient, other.TokenFor(Patient));

        Assert.That(answer.Status, Is.EqualTo(401));
    }

    [TestCase("/api/v1/patients/" + Patient + "/social-care")]
    [TestCase("/api/v1/patients/" + Patient + "/social-care/tab")]
    [TestCase("/patients/" + Patient + "/social-care")]
    public async Task Routes_are_mapped_only_under_the_prefix(string unprefixed)
    {
        var answer = await GetWithTokenAsync(unprefixed, Patient);

        Assert.That(answer.Status, Is.EqualTo(404));
    }

    [Test]
    public async Task Page_under_the_prefix_links_its_assets_under_the_prefix()
    {
        var page = await GetWithTokenAsync(EmbeddingHost.Prefix + Routes.Page(Patient), Patient);
        var stylesheet = await _host.Client.GetAsync(EmbeddingHost.Prefix + "/social-care-assets/" + SocialCareAssets.Stylesheet, viewer: null);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page.Status, Is.EqualTo(200));
            Assert.That(page.Body, Does.Contain("href=\"/social/social-care-assets/" + SocialCareAssets.Stylesheet + "\""));
            Assert.That(stylesheet.Status, Is.EqualTo(200));
        }
    }

    [Test]
    public async Task Hosts_own_exception_handler_and_problem_details_answer_its_own_routes()
    {
        var answer = await _host.Client.GetAsync("/host/boom", viewer: null);

        var problem = answer.Json();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(answer.Status, Is.EqualTo(500));
            Assert.That(answer.ContentType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("host").GetString(), Is.EqualTo("embedding-host"));
            Assert.That(problem.TryGetProperty("code", out _), Is.False);
            Assert.That(answer.Header("Content-Security-Policy"), Is.Null, "SocialCare's headers reached the host's route");
            Assert.That(answer.Header("Referrer-Policy"), Is.Null, "SocialCare's headers reached the host's route");
        }
    }

    private async Task<Answer> GetWithTokenAsync(string path, string subject, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? _host.TokenFor(subject));
        using var response = await _host.Client.SendAsync(request);
        return await Answer.ReadAsync(response);
    }
}

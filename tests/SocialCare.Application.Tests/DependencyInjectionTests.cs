using FluentResults;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using SocialCare.Application.Abstractions;
using SocialCare.Application.AccessHistory.GetAccessHistory;
using SocialCare.Application.Auditing;
using SocialCare.Application.Errors;
using SocialCare.Application.Policies;
using SocialCare.Application.Telemetry;
using SocialCare.Application.Viewing.Admission;
using SocialCare.Application.Viewing.Deadline;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Application.Viewing.GetSocialCareTab;
using SocialCare.Application.Tests.TestSupport;

namespace SocialCare.Application.Tests;

public class DependencyInjectionTests
{
    private ServiceCollection _services = null!;

    [SetUp]
    public void SetUp()
    {
        _services = new ServiceCollection();
        _services.AddLogging();
        _services.AddSocialCareApplication(new ConfigurationBuilder().AddInMemoryCollection(Places.Settings()).Build());
        _services.AddSingleton(Substitute.For<IPatientDirectory>());
        _services.AddSingleton(Substitute.For<ISocialCareAuditSink>());
        _services.AddSingleton(Substitute.For<ISocialCareAuditReader>());
        _services.AddSingleton(Substitute.For<IMosaicGateway>());
    }

    [TestCase(typeof(IQueryHandler<GetSocialCareQuery, Result<SocialCareView>>))]
    [TestCase(typeof(IQueryHandler<GetSocialCareTabQuery, Result<SocialCareTab>>))]
    [TestCase(typeof(IQueryHandler<GetAccessHistoryQuery, Result<AccessHistoryView>>))]
    [TestCase(typeof(GetSocialCareQueryHandler))]
    [TestCase(typeof(GetSocialCareTabQueryHandler))]
    [TestCase(typeof(GetAccessHistoryQueryHandler))]
    [TestCase(typeof(AttemptAudit))]
    [TestCase(typeof(AuditTrail))]
    [TestCase(typeof(ViewerNaming))]
    [TestCase(typeof(ISocialCareViewerNames))]
    [TestCase(typeof(PilotPolicy))]
    [TestCase(typeof(PatientAdmission))]
    [TestCase(typeof(MosaicGatewayRouter))]
    [TestCase(typeof(AuthorityFanOut))]
    [TestCase(typeof(SocialCareViewBuilder))]
    [TestCase(typeof(UserMessageCatalogue))]
    [TestCase(typeof(ILocalAuthorityRegistry))]
    [TestCase(typeof(TimeProvider))]
    public void Service_is_registered_exactly_once(Type service) =>
        Assert.That(_services.Count(d => d.ServiceType == service && !d.IsKeyedService), Is.EqualTo(1));

    [Test]
    public void No_public_service_of_the_library_is_registered_twice()
    {
        var library = typeof(GetSocialCareQuery).Assembly;
        var duplicated = _services
            .Where(d => !d.IsKeyedService && d.ServiceType.IsVisible)
            .Where(d => d.ServiceType.Assembly == library || d.ImplementationType?.Assembly == library)
            .GroupBy(d => d.ServiceType)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key.Name);

        Assert.That(duplicated, Is.Empty);
    }

    [Test]
    public void Scanning_registers_the_policies_and_services_but_no_handler_and_no_record()
    {
        var scanned = _services
            // The generated mediator's own types (its namespace) aside: the scan's services, the handlers, the catalogue.
            .Where(d => d.ServiceType == d.ImplementationType && d.ServiceType.Assembly == typeof(PilotPolicy).Assembly
                && d.ServiceType.Namespace?.StartsWith("SocialCare.Application.Mediation", StringComparison.Ordinal) != true && !d.ServiceType.IsGenericType)
            .Select(d => d.ServiceType.Name);

        Assert.That(scanned, Is.EquivalentTo(new[]
        {
            nameof(PilotPolicy), nameof(PatientAdmission), nameof(MosaicGatewayRouter), nameof(AuthorityFanOut), nameof(SocialCareViewBuilder),
            nameof(AttemptAudit), nameof(AuditTrail), nameof(ViewerNaming),
            nameof(UserMessageCatalogue), nameof(SocialCareTelemetry), nameof(GetSocialCareQueryHandler), nameof(GetSocialCareTabQueryHandler), nameof(GetAccessHistoryQueryHandler),
        }));
    }

    [Test]
    public void Library_sender_is_registered_once_under_its_key() =>
        Assert.That(
            _services.Count(d => d.ServiceType == typeof(ISender) && Equals(d.ServiceKey, SocialCareMediator.ServiceKey)),
            Is.EqualTo(1));

    [TestCase(typeof(IMediator))]
    [TestCase(typeof(ISender))]
    [TestCase(typeof(IPublisher))]
    [TestCase(typeof(INotificationPublisher))]
    public void Unkeyed_mediator_services_are_left_for_the_hosts_own_mediator(Type service) =>
        Assert.That(_services.Where(d => d.ServiceType == service && !d.IsKeyedService), Is.Empty);

    // The audit is part of each use case (AttemptAudit), with the attempt it is handed: no behaviour wraps them.
    [Test]
    public void No_pipeline_behaviour_is_registered() =>
        Assert.That(
            _services.Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IPipelineBehavior<,>)),
            Is.Empty);

    [Test]
    public void Host_that_registers_no_viewer_names_gets_the_default_that_names_nobody()
    {
        using var provider = Build();

        Assert.That(provider.GetRequiredService<ISocialCareViewerNames>(), Is.InstanceOf<NoViewerNames>());
    }

    [Test]
    public void Hosts_viewer_names_win_whether_registered_before_or_after()
    {
        var before = new ServiceCollection();
        var hosts = Substitute.For<ISocialCareViewerNames>();
        before.AddSingleton(hosts);
        before.AddSocialCareApplication(new ConfigurationBuilder().Build());
        _services.AddScoped(_ => hosts);

        using var first = before.BuildServiceProvider();
        using var second = Build();
        using var scope = second.CreateScope();
        Assert.That(first.GetRequiredService<ISocialCareViewerNames>(), Is.SameAs(hosts));
        Assert.That(scope.ServiceProvider.GetRequiredService<ISocialCareViewerNames>(), Is.SameAs(hosts));
    }

    [Test]
    public async Task Default_viewer_names_name_nobody() =>
        Assert.That(await new NoViewerNames().NameOfAsync(People.Viewer, People.Patient, CancellationToken.None), Is.Null);

    [Test]
    public void Every_handler_resolves()
    {
        using var provider = Build();
        using var scope = provider.CreateScope();

        Assert.That(scope.ServiceProvider.GetRequiredService<IQueryHandler<GetSocialCareQuery, Result<SocialCareView>>>(), Is.InstanceOf<GetSocialCareQueryHandler>());
        Assert.That(scope.ServiceProvider.GetRequiredService<IQueryHandler<GetSocialCareTabQuery, Result<SocialCareTab>>>(), Is.InstanceOf<GetSocialCareTabQueryHandler>());
        Assert.That(scope.ServiceProvider.GetRequiredService<IQueryHandler<GetAccessHistoryQuery, Result<AccessHistoryView>>>(), Is.InstanceOf<GetAccessHistoryQueryHandler>());
        Assert.That(scope.ServiceProvider.GetRequiredKeyedService<ISender>(SocialCareMediator.ServiceKey), Is.Not.Null);
    }

    [Test]
    public void Container_validates_with_no_captive_or_missing_dependency() =>
        Assert.That(() => Build().Dispose(), Throws.Nothing);

    [Test]
    public void Adding_twice_changes_nothing()
    {
        var count = _services.Count;

        _services.AddSocialCareApplication(new ConfigurationBuilder().AddInMemoryCollection(Places.Settings()).Build());

        Assert.That(_services, Has.Count.EqualTo(count));
    }

    [Test]
    public void Host_may_replace_time_and_registry_by_registering_them_first()
    {
        var services = new ServiceCollection();
        var registry = Substitute.For<ILocalAuthorityRegistry>();
        services.AddSingleton(registry);
        services.AddSingleton<TimeProvider>(new Microsoft.Extensions.Time.Testing.FakeTimeProvider());

        services.AddSocialCareApplication(new ConfigurationBuilder().Build());

        Assert.That(services.Single(d => d.ServiceType == typeof(ILocalAuthorityRegistry)).ImplementationInstance, Is.SameAs(registry));
        Assert.That(services.Count(d => d.ServiceType == typeof(TimeProvider)), Is.EqualTo(1));
    }

    [TestCase("E09000013", "E09000013")]
    [TestCase("E09000013", "e09000013")]
    public void Two_routes_for_one_authority_are_a_registration_bug(string first, string second)
    {
        _services.AddSingleton(new MosaicGatewayRoute(first, Substitute.For<IMosaicGateway>()));
        _services.AddSingleton(new MosaicGatewayRoute(second, Substitute.For<IMosaicGateway>()));
        using var provider = Build();
        using var scope = provider.CreateScope();

        Assert.That(
            () => scope.ServiceProvider.GetRequiredService<MosaicGatewayRouter>(),
            Throws.InvalidOperationException.With.Message.Contains("E09000013").IgnoreCase);
    }

    private ServiceProvider Build() =>
        _services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
}

using FluentResults;
using Mediator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using SocialCare.Application.AccessHistory.GetAccessHistory;
using SocialCare.Application.Abstractions;
using SocialCare.Application.Viewing.GetSocialCare;
using SocialCare.Application.Viewing.GetSocialCareTab;
using SocialCare.Domain.Authorities;
using SocialCare.Domain.Patients;
using SocialCare.Domain.Viewers;

namespace SocialCare.Application.Tests.TestSupport;

/// <summary>
/// The Application layer as a host wires it (AddSocialCareApplication, the library's own mediator), with every port
/// a substitute: the directory, the audit sink and reader, the host's viewer names, the registry's configuration, and
/// one gateway per authority, so each test can see exactly which authority was asked. Make one per test.
/// </summary>
internal sealed class SocialCareHarness : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 4, 10, 15, 30, 123, TimeSpan.Zero);

    private ServiceProvider? _services;

    public SocialCareHarness()
    {
        DefaultGateway.LookupAsync(default!, default!, default).ReturnsForAnyArgs(Records.NotFound);
        foreach (var authority in Places.All)
        {
            var gateway = Substitute.For<IMosaicGateway>();
            gateway.LookupAsync(default!, default!, default).ReturnsForAnyArgs(Records.NotFound);
            Gateways[authority.Code.Value] = gateway;
        }

        AuditReader.ReadNewestFirstAsync(default!, default, default, default).ReturnsForAnyArgs(new SocialCareAuditPage([], HasOlder: false));
        ViewerNames.NameOfAsync(default!, default!, default).ReturnsForAnyArgs((string?)null);
    }

    public IPatientDirectory Directory { get; } = Substitute.For<IPatientDirectory>();

    public ISocialCareAuditSink Audit { get; } = Substitute.For<ISocialCareAuditSink>();

    /// <summary>Answers an empty page unless a test says otherwise.</summary>
    public ISocialCareAuditReader AuditReader { get; } = Substitute.For<ISocialCareAuditReader>();

    /// <summary>Names nobody unless a test says otherwise.</summary>
    public ISocialCareViewerNames ViewerNames { get; } = Substitute.For<ISocialCareViewerNames>();

    /// <summary>Routed to no authority: every configured authority has its own gateway below.</summary>
    public IMosaicGateway DefaultGateway { get; } = Substitute.For<IMosaicGateway>();

    public Dictionary<string, IMosaicGateway> Gateways { get; } = new(StringComparer.Ordinal);

    public FakeTimeProvider Time { get; } = new(Now);

    public Dictionary<string, string?> Settings { get; } = Places.Settings();

    /// <summary>Last say on the container, after everything else is registered.</summary>
    public Action<IServiceCollection>? Customise { get; set; }

    public ServiceProvider Services => _services ??= Build();

    public FakeLogCollector Logs => Services.GetFakeLogCollector();

    public IMosaicGateway Gateway(LocalAuthority authority) => Gateways[authority.Code.Value];

    public void Knows(PatientFacts? facts) =>
        Directory.FindAsync(People.Patient, People.Viewer, Arg.Any<CancellationToken>()).Returns(facts);

    public void Answers(LocalAuthority authority, MosaicLookup lookup) =>
        Gateway(authority).LookupAsync(default!, default!, default).ReturnsForAnyArgs(lookup);

    public void Answers(LocalAuthority authority, Task<MosaicLookup> lookup) =>
        Gateway(authority).LookupAsync(default!, default!, default).ReturnsForAnyArgs(lookup);

    public Task<Result<SocialCareView>> ViewAsync(CancellationToken cancellationToken = default) =>
        SendAsync(new GetSocialCareQuery(People.Patient, People.Viewer), cancellationToken);

    public Task<Result<SocialCareView>> ViewAsync(PatientId patient, ViewerId viewer) =>
        SendAsync(new GetSocialCareQuery(patient, viewer), CancellationToken.None);

    public Task<Result<AccessHistoryView>> HistoryAsync(CancellationToken cancellationToken = default) =>
        SendAsync(new GetAccessHistoryQuery(People.Patient, People.Viewer), cancellationToken);

    public Task<Result<SocialCareTab>> TabAsync() =>
        SendAsync(new GetSocialCareTabQuery(People.Patient, People.Viewer), CancellationToken.None);

    public void DidNotAskAnyMosaic()
    {
        DefaultGateway.DidNotReceiveWithAnyArgs().LookupAsync(default!, default!, default);
        foreach (var gateway in Gateways.Values)
        {
            gateway.DidNotReceiveWithAnyArgs().LookupAsync(default!, default!, default);
        }
    }

    public IReadOnlyList<string> AuthoritiesAsked() =>
    [
        .. Places.All
            .Where(a => Gateway(a).ReceivedCalls().Any())
            .Select(a => a.Code.Value),
    ];

    public IReadOnlyList<SocialCareAuditEntry> AuditEntries() =>
    [
        .. Audit.ReceivedCalls()
            .Where(c => c.GetMethodInfo().Name == nameof(ISocialCareAuditSink.WriteAsync))
            .Select(c => (SocialCareAuditEntry)c.GetArguments()[0]!),
    ];

    public SocialCareAuditEntry SingleAuditEntry()
    {
        var entries = AuditEntries();
        Assert.That(entries, Has.Count.EqualTo(1), "audit entries written");
        return entries[0];
    }

    public void Dispose() => _services?.Dispose();

    public async Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default)
    {
        await using var scope = Services.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredKeyedService<ISender>(SocialCareMediator.ServiceKey);
        return await sender.Send(query, cancellationToken);
    }

    private ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace));
        services.AddFakeLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSocialCareApplication(configuration);
        services.AddSingleton(Directory);
        services.AddSingleton(Audit);
        services.AddSingleton(AuditReader);
        services.AddSingleton(ViewerNames);
        services.AddSingleton(DefaultGateway);
        foreach (var (code, gateway) in Gateways)
        {
            services.AddSingleton(new MosaicGatewayRoute(code, gateway));
        }

        Customise?.Invoke(services);

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}

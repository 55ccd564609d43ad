using Microsoft.Extensions.DependencyInjection;
using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;
using SocialCare.Infrastructure.Mosaic;
using SocialCare.Mosaic.Sandbox;
using SocialCare.Mosaic.Sandbox.Faults;
using SocialCare.Mosaic.Sandbox.Seed;

namespace SocialCare.Mosaic.Conformance.Tests.Sandbox;

/// <summary>
/// The whole conformance suite against our default adapter, <see cref="MosaicHttpGateway"/>, as a host builds it
/// (<c>AddSocialCareApplication</c> then <c>AddSocialCareMosaic</c>), over loopback HTTP to the sandbox Mosaic:
/// the contract's own proof that the kit and our adapter agree.
/// </summary>
[TestFixture]
public sealed class SandboxConformanceTests : MosaicGatewayConformanceTests
{
    private readonly List<ServiceProvider> _providers = [];
    private MosaicSandbox? _sandbox;

    private MosaicSandbox Server => _sandbox ?? throw new InvalidOperationException("The sandbox has not started.");

    [OneTimeSetUp]
    public async Task StartSandboxAsync() =>
        // No seed: the kit's people are the only ones served. Bodies recorded, so the kit can see the sentinels served.
        _sandbox = await MosaicSandbox.StartAsync(new SandboxSettings { Port = 0, Seed = new SandboxSeed(), RecordBodies = true });

    [OneTimeTearDown]
    public async Task StopSandboxAsync()
    {
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }
    }

    [TearDown]
    public async Task DisposeGatewaysAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        _providers.Clear();
    }

    protected override Task SeedPersonAsync(LocalAuthority authority, ConformancePerson person)
    {
        Server.People.Add(authority.Code.Value, person.NhsNumber.ToDigits(), SandboxSeedRecords.From(person));
        return Task.CompletedTask;
    }

    protected override Task SeedFaultAsync(LocalAuthority authority, ConformanceFault fault)
    {
        Server.Faults.Add(SandboxFaultMapping.For(authority, fault));
        return Task.CompletedTask;
    }

    protected override Task ResetAsync()
    {
        Server.People.Clear();
        Server.Faults.Clear();
        Server.Requests.Clear();
        return Task.CompletedTask;
    }

    // A provider per scenario: its own circuit breaker, token cache and HTTP handlers, so nothing leaks across.
    protected override IMosaicGateway CreateGateway()
    {
        var configuration = SandboxGatewayConfiguration.For(Server.BaseAddress, Authority);
        var provider = new ServiceCollection()
            .AddLogging()
            .AddSocialCareApplication(configuration)
            .AddSocialCareMosaic(configuration)
            // Not ValidateOnBuild: the use cases need the host's directory and audit sink, which no gateway needs.
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        _providers.Add(provider);
        var gateway = provider.GetRequiredService<IMosaicGateway>();
        Assert.That(gateway, Is.TypeOf<MosaicHttpGateway>(), "the default adapter is not the one registered");
        return gateway;
    }

    protected override int? CountRecordRequests(LocalAuthority authority, ConformancePerson person) =>
        Server.Requests.Snapshot().Count(request =>
            string.Equals(request.Authority, authority.Code.Value, StringComparison.OrdinalIgnoreCase)
            && request.Resource is { } resource && SandboxResources.Lists.Contains(resource)
            && PersonIdOf(request.Path) == person.Id);

    protected override IReadOnlyList<ConformanceRequest> RequestsReceived() =>
        [.. Server.Requests.Snapshot().Select(r => new ConformanceRequest(r.Method, r.Path + r.QueryString, r.Resource == SandboxResources.Token))];

    protected override IReadOnlyList<string>? ServedBodies() =>
        [.. Server.Requests.Snapshot().Select(request => request.ResponseBody).OfType<string>()];

    // {code}/v1/persons/{personId}/{list}
    private static string? PersonIdOf(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries) is [_, "v1", "persons", var personId, _]
            ? Uri.UnescapeDataString(personId)
            : null;
}

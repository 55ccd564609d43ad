using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;

namespace SocialCare.Mosaic.Conformance.Tests.SecondDialect;

/// <summary>The whole conformance suite against an adapter for a dialect unlike our contract: the kit's own proof.</summary>
[TestFixture]
public sealed class SecondDialectConformanceTests : MosaicGatewayConformanceTests
{
    private const string ApiKey = "second-dialect-test-key";

    private SecondDialectServer? _server;
    private HttpClient? _httpClient;

    private SecondDialectServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    [OneTimeSetUp]
    public async Task StartServerAsync()
    {
        _server = await SecondDialectServer.StartAsync(ApiKey);
        _httpClient = new HttpClient { BaseAddress = _server.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
    }

    [OneTimeTearDown]
    public async Task StopServerAsync()
    {
        _httpClient?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    protected override Task SeedPersonAsync(LocalAuthority authority, ConformancePerson person)
    {
        Server.Add(person);
        return Task.CompletedTask;
    }

    protected override Task SeedFaultAsync(LocalAuthority authority, ConformanceFault fault)
    {
        Server.Fail(fault.NhsNumber, fault.Kind);
        return Task.CompletedTask;
    }

    protected override Task ResetAsync()
    {
        Server.Reset();
        return Task.CompletedTask;
    }

    // The adapter holds no state of its own, so one client shared by every scenario leaks nothing between them.
    protected override IMosaicGateway CreateGateway() =>
        new SecondDialectMosaicGateway(_httpClient ?? throw new InvalidOperationException("The server has not started."), ApiKey, TimeProvider.System);

    protected override int? CountRecordRequests(LocalAuthority authority, ConformancePerson person) => Server.SummaryRequestsFor(person.Id);

    protected override IReadOnlyList<string>? ServedBodies() => Server.ServedBodies;

    protected override IReadOnlyList<ConformanceRequest> RequestsReceived() => Server.Requests;
}

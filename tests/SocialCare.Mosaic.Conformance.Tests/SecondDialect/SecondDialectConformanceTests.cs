using SocialCare.Application.Abstractions;
using SocialCare.Domain.Authorities;

namespace SocialCare.Mosaic.Conformance.Tests.SecondDialect;

/// <summary>The whole conformance suite against an adapter for a dialect unlike our contract: the kit's own proof.</summary>
[TestFixture]
public sealed class SecondDialectConformanceTests : MosaicGatewayConformanceTests
{
    private const string ApiKey = "second-dialect-test-key";

    private readonly SecondDialectConnection _connection = new(ApiKey);

    private SecondDialectServer Server => _connection.Server;

    [OneTimeSetUp]
    public Task StartServerAsync() => _connection.StartAsync();

    [OneTimeTearDown]
    public async Task StopServerAsync() => await _connection.DisposeAsync();

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
        new SecondDialectMosaicGateway(_connection.Client, ApiKey, TimeProvider.System);

    protected override int? CountRecordRequests(LocalAuthority authority, ConformancePerson person) => Server.SummaryRequestsFor(person.Id);

    protected override IReadOnlyList<string>? ServedBodies() => Server.ServedBodies;

    protected override IReadOnlyList<ConformanceRequest> RequestsReceived() => Server.Requests;
}

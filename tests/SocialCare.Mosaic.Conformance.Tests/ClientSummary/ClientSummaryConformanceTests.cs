using Microsoft.Extensions.DependencyInjection;
using SocialCare.Domain.Authorities;
using SocialCare.Mosaic.DialectServers;
using SocialCare.Infrastructure.Mosaic.Dialects.ClientSummary;

namespace SocialCare.Mosaic.Conformance.Tests.ClientSummary;

/// <summary>
/// The whole conformance suite against <see cref="ClientSummaryDialect"/> on the library's gateway, with the API key
/// the library's <c>ApiKey</c> credentials send: the kit's proof for a dialect unlike our contract.
/// </summary>
[TestFixture]
public sealed class ClientSummaryConformanceTests : MosaicDialectConformanceTests
{
    private const string ApiKey = "client-summary-test-key";

    private ClientSummaryServer? _server;

    private ClientSummaryServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    protected override string DialectName => ClientSummaryDialect.DialectName;

    protected override Uri ServerAddress => Server.BaseAddress;

    protected override IReadOnlyDictionary<string, string?> CouncilSettings { get; } = new Dictionary<string, string?>
    {
        ["Auth:Mode"] = "ApiKey",
        ["Auth:HeaderName"] = ClientSummaryServer.ApiKeyHeader,
        ["Auth:ApiKey"] = ApiKey,
    };

    [OneTimeSetUp]
    public async Task StartServerAsync() => _server = await ClientSummaryServer.StartAsync(ApiKey);

    [OneTimeTearDown]
    public async Task StopServerAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    protected override void AddDialect(IServiceCollection services) => services.AddSocialCareMosaicClientSummaryDialect();

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

    protected override int? CountRecordRequests(LocalAuthority authority, ConformancePerson person) => Server.SummaryRequestsFor(person.Id);

    protected override IReadOnlyList<string>? ServedBodies() => Server.ServedBodies;

    protected override IReadOnlyList<ConformanceRequest> RequestsReceived() => Server.Requests;
}

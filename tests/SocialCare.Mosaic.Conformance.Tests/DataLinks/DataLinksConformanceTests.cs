using Microsoft.Extensions.DependencyInjection;
using SocialCare.Domain.Authorities;
using SocialCare.Mosaic.DialectServers;
using SocialCare.Infrastructure.Mosaic.Dialects.DataLinks;

namespace SocialCare.Mosaic.Conformance.Tests.DataLinks;

/// <summary>
/// The whole conformance suite against <see cref="DataLinksDialect"/> on the library's gateway, with OAuth2 client
/// credentials (the library's token source) against the test server's token endpoint.
/// </summary>
[TestFixture]
public sealed class DataLinksConformanceTests : MosaicDialectConformanceTests
{
    private DataLinksServer? _server;

    private DataLinksServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    protected override string DialectName => DataLinksDialect.DialectName;

    protected override Uri ServerAddress => Server.BaseAddress;

    protected override IReadOnlyDictionary<string, string?> CouncilSettings => new Dictionary<string, string?>
    {
        ["Auth:Mode"] = "ClientCredentials",
        ["Auth:TokenUrl"] = Server.TokenUrl.AbsoluteUri,
        ["Auth:ClientId"] = DataLinksServer.ClientId,
        ["Auth:ClientSecret"] = DataLinksServer.ClientSecret,
    };

    [OneTimeSetUp]
    public async Task StartServerAsync() => _server = await DataLinksServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopServerAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    protected override void AddDialect(IServiceCollection services) => services.AddSocialCareMosaicDataLinksDialect();

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

    protected override int? CountRecordRequests(LocalAuthority authority, ConformancePerson person) => Server.ListRequestsFor(person.Id);

    protected override IReadOnlyList<string>? ServedBodies() => Server.ServedBodies;

    protected override IReadOnlyList<ConformanceRequest> RequestsReceived() => Server.Requests;
}

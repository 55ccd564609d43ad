using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using SocialCare.Application.Abstractions;
using SocialCare.Infrastructure.Mosaic;

namespace SocialCare.Mosaic.Conformance;

/// <summary>
/// The conformance suite for a <c>MosaicDialect</c>: the gateway under test is the library's own
/// <see cref="MosaicHttpGateway"/>, built as a host builds it (<c>AddSocialCareApplication</c>,
/// <c>AddSocialCareMosaic</c>, then your <see cref="AddDialect"/>) for one council whose entry selects your dialect by
/// <see cref="DialectName"/> and points at <see cref="ServerAddress"/>, your test server. So the kit proves your
/// dialect together with everything the library does around it: credentials, budgets, paging, unreadable items,
/// failure reasons. Derive a <c>[TestFixture]</c>, start your server in a <c>[OneTimeSetUp]</c>, implement the seeding
/// seams of <see cref="MosaicGatewayConformanceTests"/>, and add your credentials in <see cref="CouncilSettings"/>.
/// </summary>
public abstract class MosaicDialectConformanceTests : MosaicGatewayConformanceTests
{
    private const string Entry = "SocialCare:LocalAuthorities:0:";
    private readonly List<ServiceProvider> _providers = [];

    /// <summary>Your dialect's <c>Name</c>, as <c>SocialCare:LocalAuthorities:[n]:Dialect</c> names it.</summary>
    protected abstract string DialectName { get; }

    /// <summary>Where your test server listens (http on loopback is allowed: the entry runs in sandbox mode).</summary>
    protected abstract Uri ServerAddress { get; }

    /// <summary>
    /// The council entry's own keys, relative to the entry (<c>Auth:Mode</c>, <c>Auth:HeaderName</c>,
    /// <c>Auth:ApiKey</c>…); none by default. Code, name, region, URL, dialect and time-outs are set by the kit.
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string?> CouncilSettings { get; } = new Dictionary<string, string?>();

    /// <summary>The attempt time-out: generous, for a cold and busy machine; no scenario waits for it.</summary>
    protected virtual TimeSpan AttemptTimeout => TimeSpan.FromSeconds(5);

    [TearDown]
    public async Task DisposeGatewaysAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        _providers.Clear();
    }

    /// <summary>Registers your dialect: <c>services.AddSocialCareMosaicDialect&lt;YourDialect&gt;()</c> or its own <c>Add…</c>.</summary>
    protected abstract void AddDialect(IServiceCollection services);

    /// <summary>The configuration a host would give: one region, one enabled council in your dialect.</summary>
    protected IConfiguration Configuration()
    {
        var settings = new Dictionary<string, string?>
        {
            ["SocialCare:Deadline"] = "00:00:15",
            ["SocialCare:Regions:0:Id"] = Authority.RegionId,
            ["SocialCare:Regions:0:Name"] = "Conformance",
            ["SocialCare:Regions:0:Enabled"] = "true",
            [Entry + "Code"] = Authority.Code.Value,
            [Entry + "Name"] = Authority.Name,
            [Entry + "Region"] = Authority.RegionId,
            [Entry + "Enabled"] = "true",
            [Entry + "Dialect"] = DialectName,
            [Entry + "BaseUrl"] = ServerAddress.AbsoluteUri,
            [Entry + "AttemptTimeout"] = AttemptTimeout.ToString("c", CultureInfo.InvariantCulture),
            [Entry + "Retries"] = "1",
            ["SocialCare:Sandbox:Enabled"] = "true",
        };
        foreach (var (key, value) in CouncilSettings)
        {
            settings[Entry + key] = value;
        }

        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    // A provider per scenario: its own circuit breaker, token cache and HTTP handlers, so nothing leaks across.
    protected override IMosaicGateway CreateGateway()
    {
        var configuration = Configuration();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSocialCareApplication(configuration)
            .AddSocialCareMosaic(configuration);
        AddDialect(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        _providers.Add(provider);
        var gateway = provider.GetRequiredService<IMosaicGateway>();
        Assert.That(gateway, Is.TypeOf<MosaicHttpGateway>(), "the library's gateway is not the one registered");
        return gateway;
    }
}

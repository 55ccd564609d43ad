using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialCare.Application.Configuration;
using SocialCare.Infrastructure.Mosaic.Configuration;

namespace SocialCare.Infrastructure.Mosaic.Tests.Configuration;

/// <summary>The pilot's configuration file, as a host adds it: the eight boroughs of spec §5, disabled until given a URL.</summary>
public class NorthWestLondonConfigurationTests
{
    private const string FileName = "socialcare.north-west-london.json";

    [Test]
    public void Ships_the_eight_north_west_london_boroughs_in_an_enabled_region()
    {
        using var services = Services(new Dictionary<string, string?>());
        var options = services.GetRequiredService<IOptions<SocialCareOptions>>().Value;

        Assert.That(options.Regions.Select(r => (r.Id, r.Name, r.Enabled)), Is.EqualTo(new[] { ("north-west-london", "North West London", true) }));
        Assert.That(
            options.LocalAuthorities.Select(a => (a.Code, a.Name, a.Region)),
            Is.EquivalentTo(new[]
            {
                ("E09000005", "Brent", "north-west-london"),
                ("E09000009", "Ealing", "north-west-london"),
                ("E09000013", "Hammersmith and Fulham", "north-west-london"),
                ("E09000015", "Harrow", "north-west-london"),
                ("E09000017", "Hillingdon", "north-west-london"),
                ("E09000018", "Hounslow", "north-west-london"),
                ("E09000020", "Kensington and Chelsea", "north-west-london"),
                ("E09000033", "Westminster", "north-west-london"),
            }));
    }

    [Test]
    public void Every_borough_is_disabled_and_without_a_url_so_the_file_alone_starts_cleanly()
    {
        using var services = Services(new Dictionary<string, string?>());
        var mosaic = services.GetRequiredService<IOptions<MosaicOptions>>().Value;

        Assert.That(mosaic.LocalAuthorities, Has.Count.EqualTo(8));
        Assert.That(mosaic.LocalAuthorities, Has.All.Matches<MosaicAuthorityOptions>(a => a is { Enabled: false, BaseUrl: null }));
    }

    [Test]
    public void Enabling_a_borough_without_its_url_stops_the_host_naming_the_key()
    {
        using var services = Services(new Dictionary<string, string?> { ["SocialCare:LocalAuthorities:3:Enabled"] = "true" });

        Assert.That(
            () => services.GetRequiredService<IOptions<MosaicOptions>>().Value,
            Throws.InstanceOf<OptionsValidationException>().With.Message.Contains("SocialCare:LocalAuthorities:3:BaseUrl is required: E09000015 is enabled"));
    }

    [Test]
    public void In_sandbox_mode_every_borough_is_served_by_the_sandbox_under_its_code()
    {
        using var services = Services(new Dictionary<string, string?> { ["SocialCare:Sandbox:Enabled"] = "true", ["SocialCare:Sandbox:Port"] = "5999" });
        var mosaic = services.GetRequiredService<IOptions<MosaicOptions>>().Value;

        Assert.That(
            mosaic.LocalAuthorities.Select(a => MosaicEndpoints.BaseUrl(mosaic, a)?.AbsoluteUri),
            Is.EqualTo(mosaic.LocalAuthorities.Select(a => $"http://127.0.0.1:5999/{a.Code}/")));
    }

    private static ServiceProvider Services(Dictionary<string, string?> overrides)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, FileName), optional: false)
            .AddInMemoryCollection(overrides)
            .Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSocialCareApplication(configuration)
            .AddSocialCareMosaic(configuration)
            .BuildServiceProvider();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialCare.Application.Configuration;
using SocialCare.Infrastructure.Mosaic.Configuration;

namespace SocialCare.Infrastructure.Mosaic.Tests.Configuration;

/// <summary>
/// The pilot's configuration, as a host adds it (<c>AddSocialCareNorthWestLondon()</c>, embedded in the assembly): the
/// eight boroughs of spec §5, disabled until given a URL, below every source of the host's own.
/// </summary>
public class NorthWestLondonConfigurationTests
{
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

    [Test]
    public void Goes_below_the_hosts_sources_even_when_added_after_them()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["SocialCare:LocalAuthorities:3:Enabled"] = "true" })
            .AddSocialCareNorthWestLondon()
            .Build();

        Assert.That(configuration["SocialCare:LocalAuthorities:3:Enabled"], Is.EqualTo("true"));
        Assert.That(configuration["SocialCare:LocalAuthorities:3:Code"], Is.EqualTo("E09000015"));
    }

    [Test]
    public void Still_reads_the_boroughs_after_a_configuration_manager_rebuilds_its_sources()
    {
        // ConfigurationManager builds every source again each time one is added: a one-shot stream would be empty.
        using var configuration = new ConfigurationManager();
        configuration.AddSocialCareNorthWestLondon();
        configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Other"] = "1" });
        configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["More"] = "2" });

        Assert.That(configuration.GetSection("SocialCare:LocalAuthorities").GetChildren().Count(), Is.EqualTo(8));
    }

    [Test]
    public void Adding_it_twice_adds_it_once()
    {
        var configuration = new ConfigurationBuilder().AddSocialCareNorthWestLondon().AddSocialCareNorthWestLondon();

        Assert.That(configuration.Sources, Has.Count.EqualTo(1));
    }

    private static ServiceProvider Services(Dictionary<string, string?> overrides)
    {
        var configuration = new ConfigurationBuilder()
            .AddSocialCareNorthWestLondon()
            .AddInMemoryCollection(overrides)
            .Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSocialCareApplication(configuration)
            .AddSocialCareMosaic(configuration)
            .BuildServiceProvider();
    }
}

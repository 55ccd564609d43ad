using Microsoft.Extensions.Options;
using SocialCare.Application.Configuration;
using SocialCare.Domain.Authorities;

namespace SocialCare.Application.Tests.Configuration;

public class ConfiguredLocalAuthorityRegistryTests
{
    [Test]
    public void Only_what_is_switched_on_is_enabled()
    {
        var options = new SocialCareOptions();
        options.Regions.Add(new RegionOptions { Id = "on", Name = "On", Enabled = true });
        options.Regions.Add(new RegionOptions { Id = "off", Name = "Off", Enabled = false });
        options.LocalAuthorities.Add(new LocalAuthorityOptions { Code = "E09000013", Name = "Hammersmith and Fulham", Region = "on", Enabled = true });
        options.LocalAuthorities.Add(new LocalAuthorityOptions { Code = "E09000005", Name = "Brent", Region = "on", Enabled = false });

        var registry = new ConfiguredLocalAuthorityRegistry(Options.Create(options));

        Assert.That(registry.EnabledRegions, Is.EqualTo(new[] { new Region("on", "On") }));
        Assert.That(
            registry.EnabledAuthorities,
            Is.EqualTo(new[] { new LocalAuthority(GssCode.Create("E09000013").Value, "Hammersmith and Fulham", "on") }));
    }

    [Test]
    public void Nothing_configured_means_no_pilot_anywhere()
    {
        var registry = new ConfiguredLocalAuthorityRegistry(Options.Create(new SocialCareOptions()));

        Assert.That(registry.EnabledRegions, Is.Empty);
        Assert.That(registry.EnabledAuthorities, Is.Empty);
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SocialCare.Application.Configuration;
using SocialCare.Application.Tests.TestSupport;

namespace SocialCare.Application.Tests.Configuration;

public class SocialCareOptionsValidatorTests
{
    private Dictionary<string, string?> _settings = null!;

    [SetUp]
    public void SetUp() => _settings = Places.Settings();

    [Test]
    public void Configuration_of_the_tests_is_valid() => Assert.That(Validate(), Is.Empty);

    [Test]
    public void Sections_bind_into_regions_and_authorities()
    {
        var options = Options();

        Assert.That(options.Regions.Select(r => r.Id), Is.EqualTo(new[] { Places.NorthWestLondon, Places.GreaterManchester, Places.SouthEast }));
        Assert.That(options.LocalAuthorities, Has.Count.EqualTo(5));
        Assert.That(options.Deadline, Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public void Deadline_defaults_to_three_seconds()
    {
        _settings.Remove("SocialCare:Deadline");

        Assert.That(Options().Deadline, Is.EqualTo(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public void Authority_in_an_unknown_region_names_the_key()
    {
        _settings["SocialCare:LocalAuthorities:3:Region"] = "atlantis";

        Assert.That(Validate(), Has.One.EqualTo("SocialCare:LocalAuthorities:3:Region 'atlantis' is not the Id of any entry in SocialCare:Regions."));
    }

    [Test]
    public void Duplicate_authority_code_names_the_key()
    {
        _settings["SocialCare:LocalAuthorities:1:Code"] = Places.Hammersmith.Code.Value;

        Assert.That(Validate(), Has.One.StartsWith("SocialCare:LocalAuthorities:1:Code 'E09000013' is a duplicate"));
    }

    [Test]
    public void Duplicate_region_names_the_key()
    {
        _settings["SocialCare:Regions:1:Id"] = Places.NorthWestLondon.ToUpperInvariant();

        Assert.That(Validate(), Has.Some.StartsWith("SocialCare:Regions:1:Id 'NORTH-WEST-LONDON' is a duplicate"));
    }

    [TestCase("E9000013")]
    [TestCase("Hammersmith")]
    [TestCase("")]
    public void Malformed_gss_code_names_the_key(string code)
    {
        _settings["SocialCare:LocalAuthorities:0:Code"] = code;

        Assert.That(Validate(), Has.One.StartsWith($"SocialCare:LocalAuthorities:0:Code '{code}' is not a GSS code"));
    }

    [TestCase("SocialCare:Regions:0:Id", "SocialCare:Regions:0:Id is required.")]
    [TestCase("SocialCare:Regions:0:Name", "SocialCare:Regions:0:Name is required.")]
    [TestCase("SocialCare:LocalAuthorities:2:Name", "SocialCare:LocalAuthorities:2:Name is required.")]
    public void Missing_required_value_names_the_key(string key, string failure)
    {
        _settings[key] = " ";

        Assert.That(Validate(), Has.Some.EqualTo(failure));
    }

    [TestCase("00:00:00")]
    [TestCase("-00:00:01")]
    public void Deadline_must_be_positive(string deadline)
    {
        _settings["SocialCare:Deadline"] = deadline;

        Assert.That(Validate(), Has.One.StartsWith("SocialCare:Deadline must be greater than zero"));
    }

    [TestCase("ftp://support.example.org")]
    [TestCase("/relative/support")]
    public void Support_url_must_be_an_absolute_web_address(string url)
    {
        _settings["SocialCare:SupportUrl"] = url;

        Assert.That(Validate(), Has.One.EqualTo("SocialCare:SupportUrl must be an absolute http or https address."));
    }

    [Test]
    public void Invalid_configuration_stops_the_first_use_naming_the_key()
    {
        _settings["SocialCare:LocalAuthorities:3:Region"] = "atlantis";
        using var services = Services();

        Assert.That(
            () => services.GetRequiredService<IOptions<SocialCareOptions>>().Value,
            Throws.InstanceOf<OptionsValidationException>().With.Message.Contains("SocialCare:LocalAuthorities:3:Region"));
    }

    [TestCase("SocialCare:LocalAuthorities:3:Enabled", "yes-please", "SocialCare:LocalAuthorities:3:Enabled could not be read")]
    [TestCase("SocialCare:Regions:0:Enabled", "maybe-later", "SocialCare:Regions:0:Enabled could not be read")]
    public void Entry_the_binder_would_silently_drop_stops_the_host_naming_it(string key, string value, string failure)
    {
        _settings[key] = value;
        using var services = Services();

        Assert.That(
            () => services.GetRequiredService<IOptions<SocialCareOptions>>().Value,
            Throws.InstanceOf<OptionsValidationException>().With.Message.Contains(failure).And.Message.Not.Contains(value));
    }

    [Test]
    public void Validation_is_registered_to_run_at_start_up()
    {
        using var services = Services();

        Assert.That(services.GetService<IStartupValidator>(), Is.Not.Null);
    }

    private SocialCareOptions Options()
    {
        using var services = Services();
        return services.GetRequiredService<IOptions<SocialCareOptions>>().Value;
    }

    private List<string> Validate()
    {
        var result = new SocialCareOptionsValidator().Validate(null, UnvalidatedOptions());
        return result.Failures?.ToList() ?? [];
    }

    private SocialCareOptions UnvalidatedOptions()
    {
        var options = new SocialCareOptions();
        new ConfigurationBuilder().AddInMemoryCollection(_settings).Build().GetSection("SocialCare").Bind(options);
        return options;
    }

    private ServiceProvider Services() =>
        new ServiceCollection()
            .AddLogging()
            .AddSocialCareApplication(new ConfigurationBuilder().AddInMemoryCollection(_settings).Build())
            .BuildServiceProvider();
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SocialCare.Infrastructure.Mosaic.Configuration;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

namespace SocialCare.Infrastructure.Mosaic.Tests.Configuration;

/// <summary>Spec §5: a configuration that cannot reach Mosaic stops the host, naming the key.</summary>
public class MosaicOptionsValidatorTests
{
    private Dictionary<string, string?> _settings = null!;

    [SetUp]
    public void SetUp() => _settings = new Dictionary<string, string?>
    {
        ["SocialCare:Deadline"] = "00:00:03",
        ["SocialCare:Regions:0:Id"] = "north-west-london",
        ["SocialCare:Regions:0:Name"] = "North West London",
        ["SocialCare:Regions:0:Enabled"] = "true",
        ["SocialCare:LocalAuthorities:0:Code"] = "E09000013",
        ["SocialCare:LocalAuthorities:0:Name"] = "Hammersmith and Fulham",
        ["SocialCare:LocalAuthorities:0:Region"] = "north-west-london",
        ["SocialCare:LocalAuthorities:0:Enabled"] = "true",
        ["SocialCare:LocalAuthorities:0:BaseUrl"] = "https://mosaic.example.org/api/",
        ["SocialCare:LocalAuthorities:0:Auth:Mode"] = "ClientCredentials",
        ["SocialCare:LocalAuthorities:0:Auth:TokenUrl"] = "https://login.example.org/token",
        ["SocialCare:LocalAuthorities:0:Auth:ClientId"] = "pkb",
        ["SocialCare:LocalAuthorities:0:Auth:ClientSecret"] = "from-a-secret-store",
        ["SocialCare:LocalAuthorities:1:Code"] = "E09000009",
        ["SocialCare:LocalAuthorities:1:Name"] = "Ealing",
        ["SocialCare:LocalAuthorities:1:Region"] = "north-west-london",
        ["SocialCare:LocalAuthorities:1:Enabled"] = "false",
    };

    [Test]
    public void Enabled_authority_with_an_https_url_and_disabled_one_without_a_url_are_valid() =>
        Assert.That(Failures(), Is.Empty);

    [Test]
    public void Defaults_are_those_of_the_spec()
    {
        var authority = Options().LocalAuthorities[0];

        Assert.That(authority.AttemptTimeout, Is.EqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(authority.Retries, Is.EqualTo(1));
        Assert.That(authority.MaxConcurrency, Is.EqualTo(16));
        Assert.That(Options().MaxResponseBytes, Is.EqualTo(8_388_608));
        Assert.That(Options().MaxLookupBytes, Is.EqualTo(16_777_216));
        Assert.That(Options().Sandbox.Enabled, Is.False);
        Assert.That(Options().Sandbox.Port, Is.EqualTo(5180));
    }

    [Test]
    public void Enabled_authority_without_a_url_names_the_key()
    {
        _settings.Remove("SocialCare:LocalAuthorities:0:BaseUrl");

        Assert.That(Failures(), Has.One.StartsWith("SocialCare:LocalAuthorities:0:BaseUrl is required: E09000013 is enabled"));
    }

    [TestCase("http://mosaic.example.org/api/")]
    [TestCase("/api/")]
    public void Enabled_authority_with_a_url_that_is_not_absolute_https_names_the_key(string url)
    {
        _settings["SocialCare:LocalAuthorities:0:BaseUrl"] = url;

        Assert.That(Failures(), Has.One.EqualTo("SocialCare:LocalAuthorities:0:BaseUrl must be an absolute https address outside sandbox mode."));
    }

    [Test]
    public void Sandbox_mode_allows_an_authority_without_a_url_or_over_http()
    {
        _settings["SocialCare:Sandbox:Enabled"] = "true";
        _settings["SocialCare:LocalAuthorities:0:BaseUrl"] = "http://127.0.0.1:5180/E09000013/";
        _settings["SocialCare:LocalAuthorities:1:Enabled"] = "true";

        Assert.That(Failures(), Is.Empty);
    }

    [TestCase("00:00:01", "1", true)]
    [TestCase("00:00:00.900", "2", true)]
    [TestCase("00:00:02.900", "0", true)]
    [TestCase("00:00:01", "2", false)]
    [TestCase("00:00:01.500", "1", false)]
    [TestCase("00:00:03", "0", false)]
    [TestCase("00:00:04", "0", false)]
    public void Attempts_together_must_take_less_than_the_deadline(string attemptTimeout, string retries, bool fits)
    {
        _settings["SocialCare:LocalAuthorities:0:AttemptTimeout"] = attemptTimeout;
        _settings["SocialCare:LocalAuthorities:0:Retries"] = retries;

        Assert.That(
            Failures().Any(f => f.StartsWith("SocialCare:LocalAuthorities:0:AttemptTimeout", StringComparison.Ordinal) && f.Contains("SocialCare:Deadline", StringComparison.Ordinal)),
            Is.EqualTo(!fits));
    }

    [TestCase("SocialCare:LocalAuthorities:0:MaxConcurrency", "0", "SocialCare:LocalAuthorities:0:MaxConcurrency must be at least 1.")]
    [TestCase("SocialCare:LocalAuthorities:0:Retries", "-1", "SocialCare:LocalAuthorities:0:Retries cannot be negative.")]
    [TestCase("SocialCare:LocalAuthorities:0:AttemptTimeout", "00:00:00", "SocialCare:LocalAuthorities:0:AttemptTimeout must be greater than zero.")]
    [TestCase("SocialCare:MaxResponseBytes", "0", "SocialCare:MaxResponseBytes must be greater than zero.")]
    [TestCase("SocialCare:MaxLookupBytes", "0", "SocialCare:MaxLookupBytes must be greater than zero.")]
    [TestCase("SocialCare:MaxLookupBytes", "8388607", "SocialCare:MaxLookupBytes (8388607) must be at least SocialCare:MaxResponseBytes (8388608): a lookup reads at least one response.")]
    [TestCase("SocialCare:Sandbox:Port", "70000", "SocialCare:Sandbox:Port must be between 1 and 65535.")]
    [TestCase("SocialCare:Sandbox:Port", "0", "SocialCare:Sandbox:Port must be between 1 and 65535.")]
    public void Out_of_range_value_names_the_key(string key, string value, string failure)
    {
        _settings[key] = value;

        Assert.That(Failures(), Has.Some.EqualTo(failure));
    }

    [Test]
    public void Any_free_sandbox_port_is_allowed_once_the_host_has_set_the_sandbox_url()
    {
        _settings["SocialCare:Sandbox:Port"] = "0";
        _settings["SocialCare:Sandbox:Url"] = "http://127.0.0.1:41234/";

        Assert.That(Failures().Where(f => f.Contains("Sandbox:Port", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Enabled_authority_without_credentials_outside_sandbox_names_the_key()
    {
        _settings.Remove("SocialCare:LocalAuthorities:0:Auth:Mode");

        Assert.That(Failures(), Has.One.StartsWith("SocialCare:LocalAuthorities:0:Auth:Mode is required: E09000013 is enabled"));
    }

    [Test]
    public void Disabled_authority_needs_no_credentials() =>
        Assert.That(Failures().Where(f => f.StartsWith("SocialCare:LocalAuthorities:1", StringComparison.Ordinal)), Is.Empty);

    [TestCase("SocialCare:LocalAuthorities:0:Auth:TokenUrl", "SocialCare:LocalAuthorities:0:Auth:TokenUrl is required for ClientCredentials.")]
    [TestCase("SocialCare:LocalAuthorities:0:Auth:ClientId", "SocialCare:LocalAuthorities:0:Auth:ClientId is required for ClientCredentials; keep secrets in a secret store or the environment, not in appsettings.")]
    [TestCase("SocialCare:LocalAuthorities:0:Auth:ClientSecret", "SocialCare:LocalAuthorities:0:Auth:ClientSecret is required for ClientCredentials; keep secrets in a secret store or the environment, not in appsettings.")]
    public void Client_credentials_need_every_part(string missing, string failure)
    {
        _settings.Remove(missing);

        Assert.That(Failures(), Has.One.EqualTo(failure));
    }

    [Test]
    public void Token_url_must_be_https_outside_sandbox_mode()
    {
        _settings["SocialCare:LocalAuthorities:0:Auth:TokenUrl"] = "http://login.example.org/token";

        Assert.That(Failures(), Has.One.EqualTo("SocialCare:LocalAuthorities:0:Auth:TokenUrl must be an absolute https address outside sandbox mode."));
    }

    [Test]
    public void Refused_credentials_are_believed_for_30_seconds_unless_configured()
    {
        Assert.That(Options().LocalAuthorities[0].Auth.RefusalRemembered, Is.EqualTo(TimeSpan.FromSeconds(30)));

        _settings["SocialCare:LocalAuthorities:0:Auth:RefusalRemembered"] = "00:00:05";
        Assert.That(Options().LocalAuthorities[0].Auth.RefusalRemembered, Is.EqualTo(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void Refusal_cannot_be_remembered_for_a_negative_time()
    {
        _settings["SocialCare:LocalAuthorities:0:Auth:RefusalRemembered"] = "-00:00:01";

        Assert.That(Failures(), Has.One.EqualTo("SocialCare:LocalAuthorities:0:Auth:RefusalRemembered cannot be negative."));
    }

    [Test]
    public void Api_key_needs_the_key()
    {
        _settings["SocialCare:LocalAuthorities:0:Auth:Mode"] = "ApiKey";

        Assert.That(Failures(), Has.One.StartsWith("SocialCare:LocalAuthorities:0:Auth:ApiKey is required for ApiKey"));
    }

    [Test]
    public void Api_key_with_its_key_is_valid()
    {
        _settings["SocialCare:LocalAuthorities:0:Auth:Mode"] = "ApiKey";
        _settings["SocialCare:LocalAuthorities:0:Auth:ApiKey"] = "from-a-secret-store";

        Assert.That(Failures(), Is.Empty);
    }

    [TestCase(null, null)]
    [TestCase("/run/secrets/mosaic.p12", "0123456789ABCDEF")]
    public void Certificate_needs_exactly_one_of_a_file_and_a_thumbprint(string? path, string? thumbprint)
    {
        _settings["SocialCare:LocalAuthorities:0:Auth:Certificate:Password"] = "from-a-secret-store";
        _settings["SocialCare:LocalAuthorities:0:Auth:Certificate:Path"] = path;
        _settings["SocialCare:LocalAuthorities:0:Auth:Certificate:Thumbprint"] = thumbprint;

        Assert.That(Failures(), Has.One.StartsWith("SocialCare:LocalAuthorities:0:Auth:Certificate needs exactly one of Path"));
    }

    [TestCase("FailureRatio", "0", "SocialCare:LocalAuthorities:0:CircuitBreaker:FailureRatio must be more than 0 and at most 1.")]
    [TestCase("FailureRatio", "1.5", "SocialCare:LocalAuthorities:0:CircuitBreaker:FailureRatio must be more than 0 and at most 1.")]
    [TestCase("MinimumThroughput", "1", "SocialCare:LocalAuthorities:0:CircuitBreaker:MinimumThroughput must be at least 2.")]
    [TestCase("SamplingDuration", "00:00:00.400", "SocialCare:LocalAuthorities:0:CircuitBreaker:SamplingDuration must be at least 00:00:00.5000000.")]
    [TestCase("BreakDuration", "00:00:00.100", "SocialCare:LocalAuthorities:0:CircuitBreaker:BreakDuration must be at least 00:00:00.5000000.")]
    public void Circuit_breaker_out_of_polly_range_names_the_key(string key, string value, string failure)
    {
        _settings["SocialCare:LocalAuthorities:0:CircuitBreaker:" + key] = value;

        Assert.That(Failures(), Has.One.EqualTo(failure));
    }

    [Test]
    public void Sandbox_mode_allows_an_enabled_authority_without_credentials()
    {
        _settings["SocialCare:Sandbox:Enabled"] = "true";
        _settings.Remove("SocialCare:LocalAuthorities:0:Auth:Mode");

        Assert.That(Failures(), Is.Empty);
    }

    [TestCase("SocialCare:LocalAuthorities:0:AttemptTimeout", "soon")]
    [TestCase("SocialCare:LocalAuthorities:1:Enabled", "yes")]
    [TestCase("SocialCare:LocalAuthorities:0:Retries", "one")]
    [TestCase("SocialCare:LocalAuthorities:0:CircuitBreaker:BreakDuration", "a while")]
    [TestCase("SocialCare:Regions:0:Enabled", "sometimes")]
    public void Entry_with_a_value_of_the_wrong_type_stops_the_host_instead_of_vanishing(string key, string value)
    {
        _settings[key] = value;
        using var services = Services();

        Assert.That(
            () => services.GetRequiredService<IOptions<MosaicOptions>>().Value,
            Throws.InstanceOf<OptionsValidationException>().With.Message.Contains(key + " could not be read"));
    }

    [TestCase("Production", false)]
    [TestCase("Staging", false)]
    [TestCase("Development", true)]
    public void Sandbox_mode_is_refused_outside_the_development_environment(string environment, bool allowed)
    {
        _settings["SocialCare:Sandbox:Enabled"] = "true";
        using var services = Services(new FixedEnvironment(environment));

        var failures = Validate(services);

        Assert.That(
            failures.Any(f => f == $"SocialCare:Sandbox:Enabled is allowed only in the Development environment (this is {environment})."),
            Is.EqualTo(!allowed));
    }

    [Test]
    public void Certificate_that_cannot_be_loaded_stops_the_host_naming_the_key()
    {
        _settings["SocialCare:LocalAuthorities:0:Auth:Certificate:Path"] = Path.Combine(Path.GetTempPath(), "no-such-certificate.p12");

        Assert.That(Failures(), Has.One.StartsWith("SocialCare:LocalAuthorities:0:Auth:Certificate could not be loaded"));
    }

    [Test]
    public void Authority_that_reached_the_options_after_the_clients_were_registered_stops_the_host()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_settings).Build();
        using var services = new ServiceCollection()
            .AddLogging()
            .AddSocialCareApplication(configuration)
            .AddSocialCareMosaic(configuration)
            .Configure<MosaicOptions>(o => o.LocalAuthorities.Add(new MosaicAuthorityOptions { Code = "E09000015", Enabled = true, BaseUrl = new Uri("https://harrow.example.org/"), Auth = { Mode = MosaicAuthMode.ApiKey, ApiKey = "k" } }))
            .BuildServiceProvider();

        Assert.That(
            () => services.GetRequiredService<IOptions<MosaicOptions>>().Value,
            Throws.InstanceOf<OptionsValidationException>().With.Message.Contains("SocialCare:LocalAuthorities:2 (E09000015) has no HTTP client"));
    }

    [Test]
    public void Invalid_configuration_stops_the_first_use()
    {
        _settings.Remove("SocialCare:LocalAuthorities:0:BaseUrl");
        using var services = Services();

        Assert.That(
            () => services.GetRequiredService<IOptions<MosaicOptions>>().Value,
            Throws.InstanceOf<OptionsValidationException>().With.Message.Contains("SocialCare:LocalAuthorities:0:BaseUrl"));
    }

    private MosaicOptions Options()
    {
        using var services = Services();
        return services.GetRequiredService<IOptions<MosaicOptions>>().Value;
    }

    private List<string> Failures()
    {
        using var services = Services();
        return Validate(services);
    }

    private static List<string> Validate(ServiceProvider services)
    {
        var validator = services.GetServices<IValidateOptions<MosaicOptions>>().OfType<MosaicOptionsValidator>().Single();
        var options = new MosaicOptions();
        services.GetRequiredService<IConfiguration>().GetSection("SocialCare").Bind(options);
        return validator.Validate(null, options).Failures?.ToList() ?? [];
    }

    private ServiceProvider Services(IHostEnvironment? environment = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_settings).Build();
        var services = new ServiceCollection();
        if (environment is not null)
        {
            services.AddSingleton(environment);
        }

        return services
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSocialCareApplication(configuration)
            .AddSocialCareMosaic(configuration)
            .BuildServiceProvider();
    }
}

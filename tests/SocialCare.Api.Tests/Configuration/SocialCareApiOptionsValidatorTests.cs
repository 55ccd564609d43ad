using SocialCare.Api.Configuration;

namespace SocialCare.Api.Tests.Configuration;

public class SocialCareApiOptionsValidatorTests
{
    private readonly SocialCareApiOptionsValidator _validator = new();

    [Test]
    public void Defaults_are_valid() =>
        Assert.That(_validator.Validate(null, new SocialCareApiOptions()).Succeeded, Is.True);

    [TestCase(0)]
    [TestCase(-5)]
    [TestCase(RateLimitOptions.MaxPermitsPerMinute + 1)]
    public void Permits_out_of_range_name_the_key(int permits)
    {
        var options = new SocialCareApiOptions { RateLimit = new() { PermitsPerMinute = permits } };

        Assert.That(_validator.Validate(null, options).Failures, Has.One.StartsWith("SocialCare:RateLimit:PermitsPerMinute must be between 1 and"));
    }

    [TestCase("'self'")]
    [TestCase("'none'")]
    [TestCase("https:")]
    [TestCase("https://pkb.example.org")]
    [TestCase("https://*.patientsknowbest.com")]
    [TestCase("pkb.example.org:8443")]
    [TestCase("http://localhost:5080")]
    public void Frame_ancestor_source_is_accepted(string source) =>
        Assert.That(Validate(source).Succeeded, Is.True);

    [TestCase("https://pkb.example.org; script-src *")]
    [TestCase("https://a.example.org https://b.example.org")]
    [TestCase("https://pkb.example.org,evil")]
    [TestCase("*")]
    [TestCase("'unsafe-inline'")]
    [TestCase("")]
    [TestCase("javascript:alert(1)")]
    public void Frame_ancestor_that_could_rewrite_the_policy_names_the_key(string source) =>
        Assert.That(Validate(source).Failures, Has.One.StartsWith("SocialCare:FrameAncestors:0 is not a frame-ancestors source"));

    [Test]
    public void None_must_stand_alone() =>
        Assert.That(Validate("'none'", "'self'").Failures, Has.One.EqualTo("SocialCare:FrameAncestors: 'none' must be the only source."));

    private Microsoft.Extensions.Options.ValidateOptionsResult Validate(params string[] sources)
    {
        var options = new SocialCareApiOptions();
        foreach (var source in sources)
        {
            options.FrameAncestors.Add(source);
        }

        return _validator.Validate(null, options);
    }
}

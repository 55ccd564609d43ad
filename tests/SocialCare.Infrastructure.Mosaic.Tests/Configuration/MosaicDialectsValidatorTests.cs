using Microsoft.Extensions.Options;
using SocialCare.Infrastructure.Mosaic.Configuration;
using SocialCare.Infrastructure.Mosaic.Dialects;
using SocialCare.Infrastructure.Mosaic.Tests.TestSupport;

namespace SocialCare.Infrastructure.Mosaic.Tests.Configuration;

/// <summary>Start-up refuses a dialect that could put the NHS number anywhere but a header of its own, or a council naming none.</summary>
public class MosaicDialectsValidatorTests
{
    [TestCase("https://elsewhere.example/people")]
    [TestCase("//elsewhere.example/people")]
    public void Person_search_path_that_is_not_relative_to_the_council_is_refused(string path) =>
        Assert.That(
            Failures(new ProbelessDialect("odd", new MosaicPersonSearch(new Uri(path, UriKind.RelativeOrAbsolute), "X-NHS-Number"))),
            Has.Some.Contains("Mosaic dialect 'odd': PersonSearch.Path"));

    [TestCase("Authorization")]
    [TestCase("cookie")]
    [TestCase("traceparent")]
    [TestCase("X NHS Number")]
    [TestCase("")]
    public void NHS_number_header_that_is_not_a_field_of_the_dialects_own_is_refused(string header) =>
        Assert.That(
            Failures(new ProbelessDialect("odd", new MosaicPersonSearch(new Uri("people", UriKind.Relative), header))),
            Has.Some.Contains("Mosaic dialect 'odd': PersonSearch.NhsNumberHeader"));

    [Test]
    public void Two_dialects_of_one_name_are_refused() =>
        Assert.That(Failures(new ProbelessDialect(), new ProbelessDialect()), Has.Some.Contains("Two Mosaic dialects are registered as 'probeless'"));

    [Test]
    public void Enabled_council_naming_an_unregistered_dialect_is_refused_naming_its_key_but_a_disabled_one_is_not()
    {
        var options = new MosaicOptions();
        options.LocalAuthorities.Add(new MosaicAuthorityOptions { Code = "E09000013", Enabled = false, Dialect = "nowhere" });
        options.LocalAuthorities.Add(new MosaicAuthorityOptions { Code = "E09000009", Enabled = true, Dialect = "nowhere" });

        var result = new MosaicDialectsValidator(new MosaicDialects([new StandardMosaicDialect()])).Validate(null, options);

        Assert.That(result.Failures, Is.EqualTo(new[]
        {
            "SocialCare:LocalAuthorities:1:Dialect names 'nowhere', which is not registered (registered: standard): add its package and call services.AddSocialCareMosaicDialect<T>().",
        }));
    }

    [Test]
    public void Standard_contract_and_a_well_formed_dialect_pass() =>
        Assert.That(Failures(new ProbelessDialect()), Is.Empty);

    private static IEnumerable<string> Failures(params MosaicDialect[] extra)
    {
        var result = new MosaicDialectsValidator(new MosaicDialects([new StandardMosaicDialect(), .. extra])).Validate(null, new MosaicOptions());
        return result.Failures ?? [];
    }
}

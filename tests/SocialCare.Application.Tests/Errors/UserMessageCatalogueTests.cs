using System.Reflection;
using Microsoft.Extensions.Options;
using SocialCare.Application.Configuration;
using SocialCare.Application.Errors;

namespace SocialCare.Application.Tests.Errors;

public class UserMessageCatalogueTests
{
    private static readonly string[] NotErrors = [SocialCareCodes.Shown, SocialCareCodes.Cancelled];

    private static IEnumerable<string> SpecCodes() =>
        typeof(SocialCareCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Except(NotErrors);

    [Test]
    public void Every_code_of_the_spec_has_exactly_one_entry() =>
        Assert.That(UserMessageCatalogue.Templates.Select(t => t.Code), Is.EquivalentTo(SpecCodes()).And.Unique);

    [Test]
    public void Catalogue_holds_the_fifteen_codes_of_spec_section_2() =>
        Assert.That(UserMessageCatalogue.Templates, Has.Count.EqualTo(15));

    [Test]
    public void Codes_are_written_in_full() =>
        Assert.That(UserMessageCatalogue.Templates.Select(t => t.Code), Is.All.Match("^social-care\\.[a-z-]+$"));

    [Test]
    public void Every_message_is_filled_for_both_audiences([ValueSource(nameof(SpecCodes))] string code, [Values] Audience audience)
    {
        var message = Catalogue(new Uri("https://support.example.org/social-care")).Describe(code, audience, "Ealing");

        Assert.That(message.Title, Is.Not.Empty);
        Assert.That(message.Text, Is.Not.Empty.And.Not.Contain("{").And.Not.Contain("}"));
        Assert.That(message.Text, Does.EndWith("."));
    }

    [Test]
    public void Support_link_comes_from_configuration()
    {
        var text = Catalogue(new Uri("https://support.example.org/social-care")).Describe(SocialCareCodes.Unavailable, Audience.Patient).Text;

        Assert.That(text, Does.Contain("contact support at https://support.example.org/social-care"));
    }

    [Test]
    public void Without_a_support_link_the_message_still_says_to_contact_support()
    {
        var text = Catalogue(supportUrl: null).Describe(SocialCareCodes.Unavailable, Audience.Other).Text;

        Assert.That(text, Does.Contain("contact support.").And.Not.Contain("http"));
    }

    [Test]
    public void Warning_names_the_authority() =>
        Assert.That(
            Catalogue(null).Describe(SocialCareCodes.AuthorityUnavailableWarning, Audience.Patient, "Ealing").Text,
            Does.StartWith("We could not reach Ealing just now"));

    [Test]
    public void Warning_without_an_authority_is_a_bug() =>
        Assert.That(() => Catalogue(null).Describe(SocialCareCodes.PartialRecordWarning, Audience.Patient), Throws.InstanceOf<ArgumentException>());

    [Test]
    public void Unknown_code_is_a_bug() =>
        Assert.That(() => Catalogue(null).Describe("social-care.nonsense", Audience.Patient), Throws.ArgumentException);

    [TestCase(SocialCareCodes.NotShared)]
    [TestCase(SocialCareCodes.RecordMismatch)]
    public void What_others_read_for_a_concealed_outcome_is_what_they_read_for_not_known_title_and_all(string code) =>
        Assert.That(
            Catalogue(null).Describe(code, Audience.Other),
            Is.EqualTo(Catalogue(null).Describe(SocialCareCodes.NotKnown, Audience.Other)));

    [Test]
    public void Every_code_reads_differently_to_the_patient_except_those_answered_before_the_viewer_is_known()
    {
        var catalogue = Catalogue(null);
        var same = SpecCodes().Where(code =>
            catalogue.Describe(code, Audience.Patient, "Ealing") == catalogue.Describe(code, Audience.Other, "Ealing"));

        Assert.That(same, Is.EquivalentTo(new[] { SocialCareCodes.Unauthenticated, SocialCareCodes.RateLimited, SocialCareCodes.InternalError }));
    }

    [TestCase(SocialCareCodes.NotShared, "speak to your social care team")]
    [TestCase(SocialCareCodes.NoNhsNumber, "Ask a clinician who cares for you in PKB to add your NHS number")]
    [TestCase(SocialCareCodes.Unavailable, "in a few minutes")]
    public void Patient_is_told_what_to_do_next(string code, string nextStep) =>
        Assert.That(Catalogue(null).Describe(code, Audience.Patient).Text, Does.Contain(nextStep));

    private static UserMessageCatalogue Catalogue(Uri? supportUrl) =>
        new(Options.Create(new SocialCareOptions { SupportUrl = supportUrl }));
}

using SocialCare.Application.Tests.TestSupport;

namespace SocialCare.Application.Tests.Abstractions;

public class PatientFactsTests
{
    [Test]
    public void Printing_the_facts_does_not_print_the_unchecked_nhs_number()
    {
        var printed = People.Facts([People.Carer()], nhsNumber: People.FormattedNhsNumber).ToString();

        Assert.That(printed, Does.Not.Contain("943").And.Not.Contain("5919"));
        Assert.That(printed, Does.Contain("NhsNumberRecorded = True"));
    }
}

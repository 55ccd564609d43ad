using SocialCare.Api.Page;

namespace SocialCare.Api.Tests.Page;

/// <summary>A <c>tel:</c> link dials exactly what the reader sees, or there is no link.</summary>
public class TelephoneLinkTests
{
    [TestCase("020 7946 0001", "tel:02079460001")]
    [TestCase("02079460001", "tel:02079460001")]
    [TestCase("(020) 7946-0001", "tel:02079460001")]
    [TestCase("+44 20 7946 0001", "tel:+442079460001")]
    [TestCase("+44 (0)20 7946 0001", "tel:+442079460001")]
    [TestCase("+44 (0) 20 7946 0001", "tel:+442079460001")]
    [TestCase("+1 (555) 010-0199", "tel:+15550100199")]
    [TestCase("(0)20 7946 0001", "tel:02079460001")]
    [TestCase("999", "tel:999")]
    public void Whole_field_of_a_telephone_number_is_linked(string number, string target) =>
        Assert.That(TelephoneLink.Target(number), Is.EqualTo(target));

    [TestCase("+44 20 <b>7946</b> 0001 ext 9")]
    [TestCase("020 7946 0001 ext 9")]
    [TestCase("020 7946 0001 or 020 7946 0002")]
    [TestCase("020 7946 0001, 020 7946 0002")]
    [TestCase("44+ 20 7946 0001")]
    [TestCase("++44 20 7946 0001")]
    [TestCase("+44 20 +7946 0001")]
    [TestCase("020.7946.0001")]
    [TestCase("020 7946 0001#")]
    [TestCase("*31#020 7946 0001")]
    [TestCase("tel:02079460001")]
    [TestCase("020 7946 ٠٠٠١")]
    [TestCase("０２０ ７９４６ ０００１")]
    [TestCase("Call the duty desk")]
    [TestCase("12")]
    [TestCase("+")]
    [TestCase("( ) -")]
    [TestCase("")]
    public void Anything_else_is_not_linked(string number) =>
        Assert.That(TelephoneLink.Target(number), Is.Null);
}

namespace SocialCare.Api.Tests.Page.Golden;

/// <summary>The golden comparison itself: blind to escaping and white space, never to elements, attributes or text.</summary>
public class HtmlDomTests
{
    private const string Page = "<!DOCTYPE html><html lang=\"en-GB\"><head><title>A &amp; B</title></head><body>\n<p class=\"x\" id=\"y\">Seen at <time datetime=\"2026-03-04T10:15:30.000Z\">10:15</time>.</p></body></html>";

    [TestCase("<!DOCTYPE html>\n<html lang='en-GB'>\n<head>\n<title>A &#38; B</title>\n</head>\n<body>\n<p id=y class=\"x\">\n  Seen   at <time datetime=\"2026-03-04T10:15:30.000Z\">10:15</time>.\n</p>\n</body>\n</html>\n", TestName = "Other_escaping_quoting_order_and_white_space_is_the_same_dom")]
    public void Equivalent(string other) =>
        Assert.DoesNotThrow(() => HtmlDom.AssertEquivalent(Page, other, "page", masked: false));

    [TestCase("<p class=\"x\" id=\"z\">", TestName = "Changed_attribute_is_a_different_dom")]
    [TestCase("<p class=\"x\" id=\"y\" hidden>", TestName = "Added_attribute_is_a_different_dom")]
    [TestCase("<div class=\"x\" id=\"y\">", TestName = "Other_element_is_a_different_dom")]
    public void Different_start_tag(string start) =>
        Assert.Throws<AssertionException>(() => HtmlDom.AssertEquivalent(
            Page, Page.Replace("<p class=\"x\" id=\"y\">", start, StringComparison.Ordinal).Replace("</p>", start.StartsWith("<div", StringComparison.Ordinal) ? "</div>" : "</p>", StringComparison.Ordinal), "page", masked: false));

    [Test]
    public void Changed_text_is_a_different_dom() =>
        Assert.Throws<AssertionException>(() => HtmlDom.AssertEquivalent(Page, Page.Replace("Seen at", "Seen on", StringComparison.Ordinal), "page", masked: false));

    [Test]
    public void Missing_space_between_text_and_an_element_is_a_different_dom() =>
        Assert.Throws<AssertionException>(() => HtmlDom.AssertEquivalent(Page, Page.Replace("Seen at ", "Seen at", StringComparison.Ordinal), "page", masked: false));

    [Test]
    public void Text_that_became_markup_is_a_different_dom() =>
        Assert.Throws<AssertionException>(() => HtmlDom.AssertEquivalent(Page.Replace("A &amp; B", "&lt;b&gt;", StringComparison.Ordinal), Page.Replace("A &amp; B", "<b>", StringComparison.Ordinal).Replace("<body>", "<body><b></b>", StringComparison.Ordinal), "page", masked: false));

    [Test]
    public void Instant_is_masked_only_when_asked()
    {
        var later = Page.Replace("2026-03-04T10:15:30.000Z\">10:15", "2026-03-05T11:00:00.000Z\">11:00", StringComparison.Ordinal);

        Assert.DoesNotThrow(() => HtmlDom.AssertEquivalent(HtmlDom.MaskRaw(Page), later, "masked", masked: true));
        Assert.Throws<AssertionException>(() => HtmlDom.AssertEquivalent(Page, later, "unmasked", masked: false));
    }
}

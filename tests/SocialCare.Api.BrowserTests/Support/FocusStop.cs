namespace SocialCare.Api.BrowserTests.Support;

/// <summary>
/// One element that Tab reached: its tag in lower case, its name (aria-label, else its label, else its text, with
/// white space collapsed) and its href attribute as written, if any.
/// </summary>
public sealed record FocusStop(string Tag, string Name, string? Href = null)
{
    public override string ToString() => Href is null ? $"{Tag} \"{Name}\"" : $"{Tag} \"{Name}\" -> {Href}";
}

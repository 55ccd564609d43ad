namespace SocialCare.TestSupport;

/// <summary>What spec §1 says the tab answers: whether it shows, and if not, the reason's code.</summary>
public sealed record TabExpectation(bool Visible, string? Reason)
{
    public override string ToString() => Visible ? "visible" : $"hidden ({Reason})";
}

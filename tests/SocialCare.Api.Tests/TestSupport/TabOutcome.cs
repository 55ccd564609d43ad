namespace SocialCare.Api.Tests.TestSupport;

/// <summary>What the tab is expected to answer: whether it shows, and if not, the reason's code.</summary>
public sealed record TabOutcome(bool Visible, string? Reason)
{
    public override string ToString() => Visible ? "visible" : $"hidden ({Reason})";
}

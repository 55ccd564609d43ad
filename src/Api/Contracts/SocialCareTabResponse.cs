namespace SocialCare.Api.Contracts;

/// <summary>The body of <c>GET …/social-care/tab</c>: whether the tab shows, and if not, the code that says why.</summary>
public sealed record SocialCareTabResponse(bool Visible, string? Reason);

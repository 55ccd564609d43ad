namespace SocialCare.Application.Viewing.GetSocialCareTab;

/// <summary>
/// Whether the Social care tab shows, and if not, why: <c>social-care.access-denied</c> for every viewer without
/// access, or <c>social-care.not-in-pilot</c> for a viewer with access to a patient outside the pilot.
/// </summary>
public sealed record SocialCareTab(bool Visible, string? Reason)
{
    /// <summary>The tab shows.</summary>
    public static SocialCareTab Shown { get; } = new(true, null);

    /// <summary>The tab is hidden, for <paramref name="reason"/>.</summary>
    /// <param name="reason">The code: <c>social-care.access-denied</c> or <c>social-care.not-in-pilot</c>.</param>
    /// <returns>A hidden tab.</returns>
    public static SocialCareTab HiddenBecause(string reason) => new(false, reason);
}

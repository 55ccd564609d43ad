namespace SocialCare.Application.Abstractions;

/// <summary>One page of a patient's audit entries, newest first (see <see cref="ISocialCareAuditReader"/>).</summary>
/// <param name="Entries">The entries of the page, newest first.</param>
/// <param name="HasOlder">Whether older entries follow: ask again with the last entry's id as <c>before</c>.</param>
public sealed record SocialCareAuditPage(IReadOnlyList<SocialCareAuditEntry> Entries, bool HasOlder)
{
    /// <summary>The largest page a reader gives.</summary>
    public const int MaxLimit = 100;
}

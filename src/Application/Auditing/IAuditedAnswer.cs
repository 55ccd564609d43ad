using SocialCare.Application.Errors;

namespace SocialCare.Application.Auditing;

/// <summary>
/// What the audit takes from an answer that was shown: who it is worded for, so that the <c>unavailable</c> that
/// replaces it when the audit cannot be written is worded for the same reader.
/// </summary>
internal interface IAuditedAnswer
{
    Audience Audience { get; }
}

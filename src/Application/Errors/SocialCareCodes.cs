namespace SocialCare.Application.Errors;

/// <summary>The stable outcome and warning codes of spec §2, always written in full.</summary>
public static class SocialCareCodes
{
    public const string BadRequest = "social-care.bad-request";
    public const string Unauthenticated = "social-care.unauthenticated";
    public const string AccessDenied = "social-care.access-denied";
    public const string NotInPilot = "social-care.not-in-pilot";
    public const string NotShared = "social-care.not-shared";
    public const string NotKnown = "social-care.not-known";
    public const string MethodNotAllowed = "social-care.method-not-allowed";
    public const string RecordMismatch = "social-care.record-mismatch";
    public const string NoNhsNumber = "social-care.no-nhs-number";
    public const string InvalidNhsNumber = "social-care.invalid-nhs-number";
    public const string RateLimited = "social-care.rate-limited";
    public const string InternalError = "social-care.internal-error";
    public const string Unavailable = "social-care.unavailable";

    public const string AuthorityUnavailableWarning = "social-care.authority-unavailable";
    public const string PartialRecordWarning = "social-care.partial-record";

    /// <summary>Not an error: the audit's outcome when the record was shown.</summary>
    public const string Shown = "social-care.shown";

    /// <summary>Not an error: the audit's outcome when the caller gave up before an answer.</summary>
    public const string Cancelled = "social-care.cancelled";
}

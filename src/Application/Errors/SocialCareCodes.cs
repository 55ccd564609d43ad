namespace SocialCare.Application.Errors;

/// <summary>The stable outcome and warning codes of spec §2, always written in full.</summary>
public static class SocialCareCodes
{
    /// <summary>The request's address or query cannot be read (400).</summary>
    public const string BadRequest = "social-care.bad-request";
    /// <summary>No viewer could be resolved (401).</summary>
    public const string Unauthenticated = "social-care.unauthenticated";
    /// <summary>The viewer may not see this record, or the patient is unknown to them (403).</summary>
    public const string AccessDenied = "social-care.access-denied";
    /// <summary>The patient is not linked to a team in an enabled region (403).</summary>
    public const string NotInPilot = "social-care.not-in-pilot";
    /// <summary>The person has not consented to sharing (403, the patient only).</summary>
    public const string NotShared = "social-care.not-shared";
    /// <summary>No local authority asked knows the person (404).</summary>
    public const string NotKnown = "social-care.not-known";
    /// <summary>Any method but GET (405).</summary>
    public const string MethodNotAllowed = "social-care.method-not-allowed";
    /// <summary>More than one person has the NHS number (409, the patient only).</summary>
    public const string RecordMismatch = "social-care.record-mismatch";
    /// <summary>PKB records no NHS number for the patient (422).</summary>
    public const string NoNhsNumber = "social-care.no-nhs-number";
    /// <summary>The NHS number recorded is not a valid one (422).</summary>
    public const string InvalidNhsNumber = "social-care.invalid-nhs-number";
    /// <summary>The viewer asked too often (429).</summary>
    public const string RateLimited = "social-care.rate-limited";
    /// <summary>A bug: nothing more is said (500).</summary>
    public const string InternalError = "social-care.internal-error";
    /// <summary>No usable answer in time: Mosaic, the directory or the audit (503).</summary>
    public const string Unavailable = "social-care.unavailable";

    /// <summary>A warning: one local authority could not be asked; the others are shown.</summary>
    public const string AuthorityUnavailableWarning = "social-care.authority-unavailable";
    /// <summary>A warning: some items from one local authority could not be read and are left out.</summary>
    public const string PartialRecordWarning = "social-care.partial-record";

    /// <summary>Not an error: the audit's outcome when the record was shown.</summary>
    public const string Shown = "social-care.shown";

    /// <summary>Not an error: the audit's outcome when the caller gave up before an answer.</summary>
    public const string Cancelled = "social-care.cancelled";
}

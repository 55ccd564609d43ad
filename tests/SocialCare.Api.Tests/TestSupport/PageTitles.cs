namespace SocialCare.Api.Tests.TestSupport;

/// <summary>The page's &lt;title&gt; for each state, written out: each state has its own.</summary>
internal static class PageTitles
{
    public static string For(string? code, IReadOnlyList<string>? warnings = null) => code switch
    {
        null when warnings is null or [] => "Social care",
        null when warnings.Contains("social-care.authority-unavailable") => "Social care (some information may be missing)",
        null => "Social care (some items could not be shown)",
        "social-care.bad-request" => "This page address is not valid – Social care",
        "social-care.unauthenticated" => "You need to sign in – Social care",
        "social-care.access-denied" => "You cannot see this social care information – Social care",
        "social-care.not-in-pilot" => "Social care information is not available here yet – Social care",
        "social-care.not-shared" => "Your social care information is not shared – Social care",
        "social-care.not-known" => "No social care information found – Social care",
        "social-care.method-not-allowed" => "This page can only be viewed – Social care",
        "social-care.record-mismatch" => "We could not match your social care record – Social care",
        "social-care.no-nhs-number" => "No NHS number is recorded – Social care",
        "social-care.invalid-nhs-number" => "The NHS number needs checking – Social care",
        "social-care.rate-limited" => "Please wait a moment – Social care",
        "social-care.internal-error" => "Something went wrong – Social care",
        "social-care.unavailable" => "Social care information is unavailable right now – Social care",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not an outcome code of spec §2."),
    };
}

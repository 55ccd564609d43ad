namespace SocialCare.Api.BrowserTests.Support;

/// <summary>What the browser tests do before they start, given whether Chromium is there.</summary>
public enum BrowserPrecondition
{
    Run,
    Ignore,
    Fail,
}

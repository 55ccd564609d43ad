using Microsoft.Playwright;

namespace SocialCare.Api.BrowserTests.Support;

/// <summary>A page after navigating to an address, with the HTTP status of the document it received.</summary>
public sealed record LoadedPage(IPage Page, int Status);

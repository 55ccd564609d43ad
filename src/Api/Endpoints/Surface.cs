namespace SocialCare.Api.Endpoints;

/// <summary>How an outcome is written: problem+json for the API, HTML for the page.</summary>
internal enum Surface
{
    Api,
    Page,
}

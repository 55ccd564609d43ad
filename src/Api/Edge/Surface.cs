namespace SocialCare.Api.Edge;

/// <summary>How a route's answers are written: problem+json for the API, HTML for the page.</summary>
internal enum Surface
{
    Api,
    Page,
}

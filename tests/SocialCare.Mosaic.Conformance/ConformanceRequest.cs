namespace SocialCare.Mosaic.Conformance;

/// <summary>
/// One request your server received: its method, its path and query as sent, and whether it was the request for a
/// token or key (the one request allowed not to be a GET).
/// </summary>
public sealed record ConformanceRequest(string Method, string PathAndQuery, bool IsCredentials = false);

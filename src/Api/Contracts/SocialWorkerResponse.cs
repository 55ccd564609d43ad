namespace SocialCare.Api.Contracts;

/// <param name="Relationship"><c>allocated-worker</c>, <c>key-worker</c> or <c>social-worker</c>.</param>
public sealed record SocialWorkerResponse(string Name, string? Team, string? Telephone, string Relationship);

namespace SocialCare.Api.Contracts;

/// <param name="Category"><c>contact-method</c>, <c>information-format</c>, <c>communication-support</c> or <c>communication-professional</c>.</param>
public sealed record CommunicationNeedResponse(string Category, string Description, DateOnly? RecordedOn);
